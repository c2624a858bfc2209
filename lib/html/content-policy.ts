/**
 * The site's Content-Security-Policy, and the inline scripts it allows. No inline script runs unless the
 * policy names it by hash, and there are two: the runtime loader at the end of every page's <head>
 * (lib/html/runtime-loader.ts) and the embeds' script (lib/embed/embed-script.ts). Both are constants, so
 * their hashes are too, and public/_headers and the README's nginx block list them literally (a unit test
 * holds them to these strings). Next's own inline scripts leave the HTML at build (defer-runtime.ts), and
 * the last build step fails if any page or embed still has an inline script the policy does not name.
 *
 * style-src keeps 'unsafe-inline': React writes style attributes (aspect-ratio boxes, tab borders) and the
 * embeds carry their CSS inline to stay one request; inline styles cannot run code.
 * Data blocks (application/ld+json, application/json, the parked runtime tags) are not scripts to the
 * browser: it never runs them, and script-src does not apply to them.
 */
import { createHash } from 'node:crypto';
import { EMBED_INLINE_JS } from '../embed/embed-script';
import { RUNTIME_LOADER_JS } from './runtime-loader';

/** A CSP hash source for a script's exact text (UTF-8, as the browser hashes the element's content). */
export const scriptHash = (js: string) => `'sha256-${createHash('sha256').update(js, 'utf8').digest('base64')}'`;

export const PAGE_SCRIPT_HASHES = [scriptHash(RUNTIME_LOADER_JS)];
export const EMBED_SCRIPT_HASHES = [scriptHash(EMBED_INLINE_JS)];

export const PAGE_CSP =
  `default-src 'self'; script-src 'self' ${PAGE_SCRIPT_HASHES.join(' ')}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; ` +
  `connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'`;
export const EMBED_CSP =
  `default-src 'none'; script-src 'self' ${EMBED_SCRIPT_HASHES.join(' ')}; style-src 'unsafe-inline'; img-src 'self' data:; ` +
  `connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *`;

/** type values the browser runs as script (the HTML standard's JavaScript MIME types, and module). */
const SCRIPT_TYPES =
  /^(|module|(text|application)\/(x-)?(java|ecma)script|text\/(jscript|livescript|javascript1\.[0-5]))$/i;

/** The text of every inline script a browser would run in an HTML document (not data blocks, not src scripts). */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    if (SCRIPT_TYPES.test((type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim())) found.push(body);
  }
  return found;
}

/** The script-src sources of a policy. */
const scriptSources = (policy: string) =>
  (/(?:^|;)\s*script-src\s+([^;]*)/.exec(policy)?.[1] ?? '').trim().split(/\s+/);

/**
 * What in a document the policy would block: inline scripts whose hash it does not list, inline event
 * handlers and javascript: URLs (which no hash allows). Empty when the document runs under the policy.
 */
export function policyGaps(html: string, policy: string): string[] {
  const allowed = new Set(scriptSources(policy));
  const gaps = inlineScripts(html)
    .filter((js) => !allowed.has(scriptHash(js)))
    .map((js) => `inline script ${scriptHash(js)} not in script-src: ${js.slice(0, 80)}`);
  // Attributes are read as name/value pairs, so text that merely mentions "onerror=" inside an escaped attribute
  // value (a quote from the data) is not mistaken for a handler.
  for (const [tag, attributes] of html.matchAll(TAG)) {
    for (const [, name, value = ''] of attributes.matchAll(ATTRIBUTE)) {
      const bare = value.replace(/^["']|["']$/g, '').trim();
      if (/^on[a-z]+$/i.test(name)) gaps.push(`inline event handler: ${tag.slice(0, 80)}`);
      else if (/^(?:href|src|action)$/i.test(name) && /^javascript:/i.test(bare))
        gaps.push(`javascript: URL: ${tag.slice(0, 80)}`);
    }
  }
  return gaps;
}

/** An element's start tag, with its attribute text; quoted values may hold ">". */
const TAG = /<[a-z][a-z0-9-]*((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/gi;
/** One attribute of a start tag: its name and, when it has one, its value as written. */
const ATTRIBUTE = /\s+([^\s"'>\/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;
