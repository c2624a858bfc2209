import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A route of the app: its pattern (/claims/[claim]) and whether one template makes many pages from data. */
export interface AppRoute {
  pattern: string;
  segments: string[];
  generated: boolean;
}

const isDynamic = (s: string) => s.startsWith('[');

/** Every page.tsx under app/, as a route pattern. Route groups ((name)) add no segment. */
export function appRoutes(appDir = 'app'): AppRoute[] {
  const routes: AppRoute[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(entry.name)) {
        const segments = relative(appDir, dir)
          .split(sep)
          .filter((s) => s && !/^\(.*\)$/.test(s));
        routes.push({ pattern: `/${segments.join('/')}`, segments, generated: segments.some(isDynamic) });
      }
    }
  };
  walk(appDir);
  return routes;
}

/** How a route's segments match a pattern's: [x] takes one, [...x] one or more, [[...x]] any number. */
function matches(pattern: string[], route: string[]): { dynamic: number } | undefined {
  const [head, ...rest] = pattern;
  if (head === undefined) return route.length === 0 ? { dynamic: 0 } : undefined;
  if (head.startsWith('[[...') || head.startsWith('[...')) {
    const min = head.startsWith('[[') ? 0 : 1;
    return route.length >= min && rest.length === 0 ? { dynamic: route.length } : undefined;
  }
  if (route.length === 0) return undefined;
  if (!isDynamic(head) && head !== route[0]) return undefined;
  const tail = matches(rest, route.slice(1));
  return tail && { dynamic: tail.dynamic + (isDynamic(head) ? 1 : 0) };
}

/**
 * The template that made a built route, or undefined when the route was written by hand: a route
 * of no app pattern (a page a publish script wrote), or one that fills no dynamic segment
 * (/trails from /trails/[[...trail]]). The most specific pattern wins, as in Next's router.
 */
export function templateOf(route: string, routes: AppRoute[]): string | undefined {
  const segments = route.split('/').filter(Boolean);
  let best: { route: AppRoute; dynamic: number } | undefined;
  for (const r of routes) {
    const m = matches(r.segments, segments);
    if (m && (!best || m.dynamic < best.dynamic)) best = { route: r, dynamic: m.dynamic };
  }
  return best && best.dynamic > 0 ? best.route.pattern : undefined;
}

/**
 * The routes a browser opens: every hand-written one, and of each template's pages the first, the
 * middle and the last in route order, plus the largest. Deterministic, so a failure reproduces.
 */
export function browserSample(
  routes: string[],
  sizeOf: (route: string) => number,
  app: AppRoute[] = appRoutes(),
): { routes: string[]; byTemplate: Record<string, number> } {
  const byTemplate = new Map<string, string[]>();
  const chosen = new Set<string>();
  for (const route of routes) {
    const template = templateOf(route, app);
    if (!template) chosen.add(route);
    else byTemplate.set(template, [...(byTemplate.get(template) ?? []), route]);
  }
  const counts: Record<string, number> = {};
  for (const [template, all] of byTemplate) {
    const sorted = [...all].sort();
    const largest = sorted.reduce((a, b) => (sizeOf(b) > sizeOf(a) ? b : a));
    const picks = new Set([sorted[0], sorted[Math.floor((sorted.length - 1) / 2)], sorted[sorted.length - 1], largest]);
    picks.forEach((p) => chosen.add(p));
    counts[template] = all.length;
  }
  return { routes: routes.filter((r) => chosen.has(r)), byTemplate: counts };
}
