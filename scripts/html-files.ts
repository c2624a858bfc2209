import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every .html file under an export folder, skipping Next's static assets (which hold none). */
export function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '_next') yield* htmlFiles(path);
    } else if (entry.name.endsWith('.html')) yield path;
  }
}

/** The routes a sitemap lists: every exported page but embeds (noindex iframe documents) and the 404 pages. */
export function htmlRoutes(out: string): string[] {
  return [...htmlFiles(out)].flatMap((path) => {
    const route = `/${relative(out, path).replace(/\.html$/, '')}`;
    if (route.startsWith('/embed/') || route === '/404' || route === '/_not-found') return [];
    return [route === '/index' ? '/' : route];
  });
}
