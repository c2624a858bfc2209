/**
 * Page weight per route type, computed exactly from a built site: each route's HTML is parsed for what a
 * browser fetches before interaction (<script src> except nomodule, <link rel=stylesheet|preload|modulepreload>,
 * and the chunks the inline React Server Components payload names for hydration; the framework runtime, which
 * pages start on the reader's first interaction, counts as if it loaded at once), each file is gzipped at
 * level 9 and the sizes summed. Chunks reachable only through a dynamic import() in those files (the recharts
 * view, loaded on first pointer or focus) are reported apart as "on interaction".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFERRED_SCRIPT_TYPE } from '../lib/html/runtime-loader';
import type { LinkedFile, MaxOf, RouteType, RouteWeight, TypeWeights, WeightsResult } from './types';

export const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

interface Tag {
  name: string;
  attrs: Record<string, string>;
  body: string;
}

function parseAttrs(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs[m[1].toLowerCase()] = (m[2] ?? m[3] ?? m[4] ?? '').replace(/&amp;/g, '&');
  }
  return attrs;
}

/** <script>…</script>, <style>…</style> and <link> tags, in document order. Link tags inside scripts are not tags. */
export function parseTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const re = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>|<link\b([^>]*)>|<!--[\s\S]*?-->/gi;
  for (const m of html.matchAll(re)) {
    if (m[0].startsWith('<!--')) continue;
    if (m[1]) tags.push({ name: m[1].toLowerCase(), attrs: parseAttrs(m[2]), body: m[3] });
    else tags.push({ name: 'link', attrs: parseAttrs(m[4]), body: '' });
  }
  return tags;
}

const CHUNK_REF = /(?:\/?_next\/)?static\/chunks\/[A-Za-z0-9_.~-]+\.(?:js|css)/g;
const toUrl = (ref: string) => `/_next/${ref.replace(/^\/?(_next\/)?/, '')}`;
const kindOf = (url: string): LinkedFile['kind'] =>
  extname(url) === '.js' ? 'js' : extname(url) === '.css' ? 'css' : 'other';

export class SiteFiles {
  private cache = new Map<string, { raw: number; gzip: number; text: string }>();
  constructor(readonly root: string) {}

  /** Local file for a URL path, or null for other origins and missing files. */
  file(url: string): { raw: number; gzip: number; text: string } | null {
    if (/^[a-z]+:|^\/\//i.test(url) || !url.startsWith('/')) return null;
    const path = decodeURIComponent(url.split(/[?#]/)[0]);
    const hit = this.cache.get(path);
    if (hit) return hit;
    const full = join(this.root, path);
    if (!existsSync(full)) return null;
    const bytes = readFileSync(full);
    const entry = {
      raw: bytes.length,
      gzip: gzipSize(bytes),
      text: /\.(js|css)$/.test(path) ? bytes.toString('utf8') : '',
    };
    this.cache.set(path, entry);
    return entry;
  }

  linked(url: string): LinkedFile | null {
    const f = this.file(url);
    return f ? { url: url.split(/[?#]/)[0], kind: kindOf(url.split(/[?#]/)[0]), raw: f.raw, gzip: f.gzip } : null;
  }
}

export function routeWeight(site: SiteFiles, type: RouteType, route: string, htmlPath: string): RouteWeight {
  const html = readFileSync(htmlPath);
  const text = html.toString('utf8');
  const tags = parseTags(text);
  const wanted = new Set<string>();
  const nomodule = new Set<string>();
  let inlineScript = '';
  let inlineStyle = '';
  for (const t of tags) {
    if (t.name === 'script') {
      if (t.attrs.src) ('nomodule' in t.attrs ? nomodule : wanted).add(t.attrs.src);
      // The parked runtime (started on first interaction) still counts: a reader who interacts fetches it.
      else if (t.attrs.type === DEFERRED_SCRIPT_TYPE && t.attrs['data-src']) wanted.add(t.attrs['data-src']);
      else {
        inlineScript += t.body;
        // The RSC payload names the client chunks React loads while hydrating (and CSS it hints).
        for (const ref of t.body.replace(/\\\//g, '/').match(CHUNK_REF) ?? []) wanted.add(toUrl(ref));
      }
    } else if (t.name === 'style') inlineStyle += t.body;
    else if (t.name === 'link' && t.attrs.href) {
      const rels = (t.attrs.rel ?? '').toLowerCase().split(/\s+/);
      if (rels.some((r) => r === 'stylesheet' || r === 'preload' || r === 'modulepreload')) wanted.add(t.attrs.href);
    }
  }
  const files = new Map<string, LinkedFile>();
  for (const url of wanted) {
    const f = site.linked(url);
    if (f) files.set(f.url, f);
  }
  for (const url of nomodule) files.delete(url.split(/[?#]/)[0]);
  // Chunks only named inside loaded JS are dynamic imports: fetched on interaction, not before.
  const lazy = new Map<string, LinkedFile>();
  const queue = [...files.values()].filter((f) => f.kind === 'js');
  while (queue.length) {
    const f = queue.shift()!;
    for (const ref of site.file(f.url)?.text.match(CHUNK_REF) ?? []) {
      const url = toUrl(ref);
      if (files.has(url) || lazy.has(url)) continue;
      const l = site.linked(url);
      if (!l) continue;
      lazy.set(url, l);
      if (l.kind === 'js') queue.push(l);
    }
  }
  const sum = (kind: LinkedFile['kind']) =>
    [...files.values()].filter((f) => f.kind === kind).reduce((a, f) => a + f.gzip, 0);
  const htmlGz = gzipSize(html);
  const js = sum('js');
  const css = sum('css');
  const other = sum('other');
  return {
    route,
    type,
    html: htmlGz,
    htmlRaw: html.length,
    inlineScript: inlineScript ? gzipSize(inlineScript) : 0,
    inlineStyle: inlineStyle ? gzipSize(inlineStyle) : 0,
    js,
    css,
    other,
    page: htmlGz + js + css + other,
    requests: 1 + files.size,
    files: [...files.values()].sort((a, b) => b.gzip - a.gzip),
    lazy: [...lazy.values()].sort((a, b) => b.gzip - a.gzip),
    lazyJs: [...lazy.values()].reduce((a, f) => a + f.gzip, 0),
    nomodule: [...nomodule].map((u) => site.linked(u)).filter((f): f is LinkedFile => !!f),
  };
}

/** Every exported route of each type, as [route, html file]. */
export function routesOf(root: string, type: RouteType): Array<[string, string]> {
  const dirOf: Partial<Record<RouteType, string>> = {
    story: 'stories',
    claim: 'claims',
    chart: 'charts',
    embed: 'embed',
    dataset: 'data',
    county: 'counties',
  };
  if (type === 'home') return [['/', join(root, 'index.html')]];
  if (type === 'data') return [['/data', join(root, 'data.html')]];
  if (type === 'catalogue') return [['/charts', join(root, 'charts.html')]];
  if (type === 'explore') return [['/explore', join(root, 'explore.html')]];
  if (type === 'check') return [['/check', join(root, 'check.html')]];
  const dir = join(root, dirOf[type]!);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => [`/${dirOf[type]}/${f.slice(0, -'.html'.length)}`, join(dir, f)]);
}

/** What a chunk holds, from markers in its text (Turbopack production chunks carry no module paths). */
export function labelChunk(text: string, nomodule: boolean): string {
  if (nomodule) return 'legacy polyfills (nomodule)';
  const has = (s: string) => text.includes(s);
  const count = (s: string) => text.split(s).length - 1;
  if (count('recharts') > 5) return 'recharts + redux/immer (chart view)';
  if (text.startsWith('(()=>{') && has('TURBOPACK')) return 'Turbopack runtime';
  if (has('hydrateRoot')) return 'react-dom + Next app bootstrap';
  if (has('serverActionReducer')) return 'Next app router (navigation)';
  if (has('ClientPageRoot') || has('useRouterBFCache')) return 'Next layout router, segment roots';
  if (has('handleISRError') || has('__next_error__')) return 'Next client entry, error handling';
  if (has('InteractiveChart') && has('CopyButton')) return 'page client components (chart box, share panel)';
  if (has('InteractiveChart')) return 'page client components (chart box)';
  if (has('useSyncExternalStore') && text.length < 5000) return 'use-sync-external-store shim';
  if (/swr|revalidateOnFocus/i.test(text)) return 'swr';
  return 'other';
}

export function measureWeights(
  root: string,
  representatives: Record<RouteType, string>,
  types: RouteType[],
  extraFiles: string[],
  buildSeconds: number,
): WeightsResult {
  const site = new SiteFiles(root);
  const out: TypeWeights[] = [];
  const chunkRoutes = new Map<string, { file: LinkedFile; routes: number; lazy: boolean; nomodule: boolean }>();
  for (const type of types) {
    const routes = routesOf(root, type);
    const zero = (): MaxOf => ({ value: -1, route: '' });
    const max = { html: zero(), css: zero(), js: zero(), page: zero(), requests: zero(), lazyJs: zero() };
    let representative: RouteWeight | null = null;
    for (const [route, file] of routes) {
      const w = routeWeight(site, type, route, file);
      if (route === representatives[type]) representative = w;
      for (const key of Object.keys(max) as Array<keyof typeof max>)
        if (w[key] > max[key].value) max[key] = { value: w[key], route };
      const note = (f: LinkedFile, lazy: boolean, nomodule: boolean) => {
        if (f.kind !== 'js') return;
        const c = chunkRoutes.get(f.url) ?? { file: f, routes: 0, lazy, nomodule };
        c.routes++;
        c.lazy = c.lazy && lazy;
        chunkRoutes.set(f.url, c);
      };
      for (const f of w.files) note(f, false, false);
      for (const f of w.lazy) note(f, true, false);
      for (const f of w.nomodule) note(f, false, true);
    }
    if (!representative && routes.length)
      throw new Error(`representative ${type} route ${representatives[type]} was not built`);
    out.push({ type, count: routes.length, representative, max });
  }
  const chunks = [...chunkRoutes.values()]
    .map((c) => ({
      url: c.file.url,
      gzip: c.file.gzip,
      raw: c.file.raw,
      label: labelChunk(site.file(c.file.url)?.text ?? '', c.nomodule),
      routes: c.routes,
      lazy: c.lazy,
    }))
    .sort((a, b) => b.gzip - a.gzip);
  const files = extraFiles.map((path) => {
    const bytes = readFileSync(path);
    return { path, raw: bytes.length, gzip: gzipSize(bytes) };
  });
  return { site: root, types: out, files, chunks, buildSeconds };
}
