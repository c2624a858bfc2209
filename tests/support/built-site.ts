import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { resolveFile } from '../../scripts/serve';
import { htmlFiles } from '../../scripts/html-files';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One exported HTML file as the static server serves it, read without a browser. */
export interface BuiltPage {
  route: string;
  /** Every internal reference: a, link, script, img, iframe, source…, as written in the HTML. */
  refs: string[];
  /** The href of every link (a, area), which is what a reader follows. */
  links: string[];
  ids: Set<string>;
  bytes: number;
}

/** Attributes that hold one URL, and the one that holds a list of them. */
const URL_ATTRS = new Set(['href', 'src', 'poster', 'action', 'data', 'xlink:href']);
const SRCSET = 'srcset';
/** Share images are URLs too, and a page points at them from its head. */
const IMAGE_META = /(^|:)image$/;
const ORIGIN = 'http://site.invalid';

/** The route a file under `out` is served at: claims/x.html at /claims/x, index.html at /. */
export function routeOf(out: string, file: string): string {
  const route = `/${relative(out, file).replace(/\.html$/, '')}`.replace(/\/index$/, '') || '/';
  return route === '/index' ? '/' : route;
}

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child);
  if ('content' in node) yield* elements(node.content);
}

/** Parses one HTML document into its internal references and ids. */
export function readPage(route: string, html: string): BuiltPage {
  const refs: string[] = [];
  const links: string[] = [];
  const ids = new Set<string>();
  for (const el of elements(parse(html))) {
    const attr = (name: string) => el.attrs.find((a) => a.name === name)?.value;
    for (const { name, value } of el.attrs) {
      if (name === 'id') ids.add(value);
      else if (URL_ATTRS.has(name)) refs.push(value);
      else if (name === SRCSET)
        refs.push(
          ...value
            .split(',')
            .map((c) => c.trim().split(/\s+/)[0])
            .filter(Boolean),
        );
    }
    if ((el.tagName === 'a' || el.tagName === 'area') && attr('href') !== undefined) links.push(attr('href')!);
    if (el.tagName === 'meta' && IMAGE_META.test(attr('property') ?? attr('name') ?? '') && attr('content'))
      refs.push(attr('content')!);
  }
  return { route, refs: refs.filter((r) => internal(route, r)), links, ids, bytes: Buffer.byteLength(html) };
}

/** Whether a reference stays on the site (a path, or relative), rather than naming another origin or scheme. */
function internal(route: string, ref: string): boolean {
  if (ref === '' || ref.startsWith('#')) return false;
  try {
    return new URL(ref, `${ORIGIN}${route}`).origin === ORIGIN;
  } catch {
    return true; // unparseable: reported as broken
  }
}

/** A reference resolved against the page it is on: its path and its fragment ('' for none). */
export function target(route: string, ref: string): { path: string; hash: string } | undefined {
  try {
    const url = new URL(ref, `${ORIGIN}${route}`);
    return { path: url.pathname, hash: decodeURIComponent(url.hash.slice(1)) };
  } catch {
    return undefined;
  }
}

/** Every HTML file of an export, by route: embeds and error pages too, since their references must resolve as well. */
export function readBuiltSite(out: string): Map<string, BuiltPage> {
  const pages = new Map<string, BuiltPage>();
  for (const file of htmlFiles(out)) {
    const route = routeOf(out, file);
    pages.set(route, readPage(route, readFileSync(file, 'utf8')));
  }
  return pages;
}

/**
 * References that do not resolve: a path the static server would answer with its 404 page, or a
 * fragment (#id) the target page has no element for. `extra` adds references seen elsewhere (the
 * links a browser found after the runtime started), checked the same way.
 */
export function brokenReferences(
  out: string,
  pages: Map<string, BuiltPage>,
  extra: Array<{ route: string; ref: string }> = [],
): string[] {
  const root = resolve(out);
  const broken: string[] = [];
  const fileOf = new Map<string, string | null>();
  const resolves = (path: string) => {
    if (!fileOf.has(path)) {
      let file: string | null;
      try {
        file = resolveFile(root, path);
      } catch {
        file = null; // a malformed escape
      }
      fileOf.set(path, file);
    }
    return fileOf.get(path);
  };
  const check = (route: string, ref: string, isLink: boolean) => {
    const t = target(route, ref);
    const file = t && resolves(t.path);
    if (!t || !file) return broken.push(`${route}: ${ref} (no such file in ${out}/)`);
    if (!isLink || !t.hash) return;
    const page = file.endsWith('.html') ? pages.get(routeOf(root, file)) : undefined;
    if (page && !page.ids.has(t.hash))
      broken.push(`${route}: ${ref} (no element with id "${t.hash}" on ${page.route})`);
  };
  for (const page of pages.values()) {
    for (const ref of page.refs) check(page.route, ref, false);
    for (const link of page.links) {
      if (link.startsWith('#') && link.length > 1 && !page.ids.has(decodeURIComponent(link.slice(1))))
        broken.push(`${page.route}: ${link} (no element with that id on the page)`);
      else if (internal(page.route, link)) check(page.route, link, true);
    }
  }
  for (const { route, ref } of extra) if (internal(route, ref)) check(route, ref, true);
  return [...new Set(broken)];
}
