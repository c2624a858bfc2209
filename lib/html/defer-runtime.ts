import { createHash } from 'node:crypto';
import { DEFERRED_SCRIPT_TYPE, RUNTIME_LOADER_JS } from './runtime-loader';

/** Next's runtime chunks as the static export writes them: async external scripts under /_next/static/. */
const RUNTIME_SCRIPT = /<script src="(\/_next\/static\/[^"<>]+\.js)" async=""><\/script>/g;
/** Next's low-priority preload of its entry chunk, which would fetch it for nothing on a read-only visit. */
const RUNTIME_PRELOAD = /<link rel="preload" as="script" fetchPriority="low" href="\/_next\/static\/[^"<>]+\.js"\/>/g;
/** The inline React Server Components payload: only hydration reads it. Next escapes "<" inside it. */
const PAYLOAD_SCRIPT =
  /<script>((?:\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f)\.push\([^<]*\))<\/script>/g;
/** Turbopack's inline bootstrap (which chunks to load, which module to run): the same on every page of a build. */
const BOOTSTRAP_SCRIPT = /<script id="_R_">(\(globalThis\["TURBOPACK"\][^<]*)<\/script>/g;
/** Where payload and bootstrap files go, named by content so they can be cached for ever. */
export const PAYLOAD_DIR = '/_next/static/payload/';

export interface DeferResult {
  html: string;
  /** Runtime scripts parked; 0 for a page that loads no runtime (an embed). */
  deferred: number;
  /** The page's RSC payload as a script, to be written at payload.url; null when the page has none. */
  payload: ScriptFile | null;
  /** Turbopack's bootstrap as a script, to be written at bootstrap.url (the same file for every page of a build). */
  bootstrap: ScriptFile | null;
}

export interface ScriptFile {
  url: string;
  js: string;
}

const scriptFile = (js: string): ScriptFile => ({
  url: `${PAYLOAD_DIR}${createHash('sha256').update(js).digest('hex').slice(0, 20)}.js`,
  js,
});

const parked = (src: string) => `<script type="${DEFERRED_SCRIPT_TYPE}" data-src="${src}"></script>`;

/**
 * Parks a static page's framework runtime until the reader interacts (runtime-loader.ts says why). Each
 * runtime <script src async> becomes an inert tag the loader starts later; the inline RSC payload moves to
 * its own file, parked first because hydration reads it as it starts, and Turbopack's inline bootstrap moves
 * to a file parked before it (it ran before every chunk when inline, and still does). The page then runs no
 * inline script but the loader, which goes at the end of <head>: the content policy names it by hash.
 * The nomodule polyfill tag is left alone. Throws `file: …` when the page is not in the shape this expects
 * (a Next upgrade that changes its tags must fail the build, not ship an eager runtime).
 */
export function deferRuntime(html: string, file: string): DeferResult {
  if (html.includes(DEFERRED_SCRIPT_TYPE))
    throw new Error(`${file}: runtime already deferred (the step ran twice on this file)`);
  let deferred = 0;
  let out = html.replace(RUNTIME_SCRIPT, (_, src: string) => {
    deferred++;
    return parked(src);
  });
  const eager = (out.match(/<script\b[^>]*\ssrc="\/_next\/[^>]*>/g) ?? []).filter((tag) => !/\snoModule/i.test(tag));
  if (eager.length)
    throw new Error(`${file}: a runtime script this step does not recognise would still load eagerly: ${eager[0]}`);
  if (deferred === 0) {
    if (html.search(PAYLOAD_SCRIPT) >= 0)
      throw new Error(`${file}: has a React payload but no runtime scripts this step recognises`);
    return { html, deferred, payload: null, bootstrap: null };
  }
  const chunks: string[] = [];
  out = out.replace(PAYLOAD_SCRIPT, (_, js: string) => {
    chunks.push(js);
    return '';
  });
  const boots: string[] = [];
  out = out.replace(BOOTSTRAP_SCRIPT, (_, js: string) => {
    boots.push(js);
    return '';
  });
  if (boots.length > 1) throw new Error(`${file}: ${boots.length} Turbopack bootstrap scripts; expected one`);
  const payload = chunks.length ? scriptFile(`${chunks.join(';\n')};\n`) : null;
  const bootstrap = boots.length ? scriptFile(`${boots[0]}\n`) : null;
  const first = out.indexOf(`<script type="${DEFERRED_SCRIPT_TYPE}"`);
  const before = [bootstrap, payload]
    .filter((f): f is ScriptFile => !!f)
    .map((f) => parked(f.url))
    .join('');
  out = `${out.slice(0, first)}${before}${out.slice(first)}`;
  out = out.replace(RUNTIME_PRELOAD, '');
  const headEnd = out.indexOf('</head>');
  if (headEnd < 0) throw new Error(`${file}: no </head> to put the runtime loader before`);
  out = `${out.slice(0, headEnd)}<script>${RUNTIME_LOADER_JS}</script>${out.slice(headEnd)}`;
  return { html: out, deferred, payload, bootstrap };
}
