/**
 * What the reader pays when the framework runtime starts (pages defer it to the first interaction, so
 * Lighthouse, which never interacts, does not see it). Each page is loaded in a fresh Debian chromium with
 * Lighthouse's mobile viewport and 4× CPU throttling (no network throttling: the server is local), then the
 * pointer moves. Measured in the page: from the loader's start mark to React's live mark, the long tasks in
 * that span (blocking time = the part of each over 50 ms, as TBT counts it), and the files fetched (gzip -9 sizes, as in the weights table).
 */
import { chromium } from 'playwright-core';
import { MARK_LIVE, MARK_START, RUNTIME_ATTR } from '../lib/html/runtime-loader';
import { CHROMIUM_ARGS } from '../tests/support/browser';
import { serveSite } from '../tests/support/site-server';
import { median } from './lighthouse';
import { SiteFiles } from './weights';
import type { FirstInteractionPage, RouteType } from './types';

const CPU_SLOWDOWN = 4;

export async function measureFirstInteraction(
  siteDir: string,
  pages: Array<{ type: RouteType; route: string }>,
  runs: number,
  chromePath: string,
  log: (msg: string) => void,
): Promise<FirstInteractionPage[]> {
  const site = await serveSite(siteDir);
  // Sized as the weights table sizes them: each file gzipped at level 9.
  const files = new SiteFiles(siteDir);
  const results: FirstInteractionPage[] = [];
  try {
    for (const { type, route } of pages) {
      const samples: Array<{ hydrateMs: number; blockingMs: number; longestMs: number; kB: number }> = [];
      for (let i = 1; i <= runs; i++) {
        const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
        try {
          const page = await browser.newPage({
            viewport: { width: 412, height: 823 },
            deviceScaleFactor: 1.75,
            isMobile: true,
            hasTouch: true,
          });
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
          await page.addInitScript(() => {
            const w = window as unknown as { __longTasks: Array<[number, number]> };
            w.__longTasks = [];
            new PerformanceObserver((list) =>
              list.getEntries().forEach((e) => w.__longTasks.push([e.startTime, e.duration])),
            ).observe({ type: 'longtask', buffered: true });
          });
          const fetched = new Set<string>();
          let counting = false;
          page.on('request', (r) => {
            if (counting) fetched.add(new URL(r.url()).pathname);
          });
          await page.goto(site.url + route, { waitUntil: 'networkidle' });
          counting = true;
          await page.mouse.move(20, 20);
          await page.waitForSelector(`html[${RUNTIME_ATTR}="live"]`, { timeout: 120_000 });
          await page.waitForLoadState('networkidle');
          const m = await page.evaluate(
            ([start, live]) => {
              const s = performance.getEntriesByName(start)[0]?.startTime ?? NaN;
              const l = performance.getEntriesByName(live)[0]?.startTime ?? NaN;
              const tasks = (window as unknown as { __longTasks: Array<[number, number]> }).__longTasks.filter(
                ([t]) => t >= s - 1,
              );
              return {
                hydrateMs: l - s,
                blockingMs: tasks.reduce((a, [, d]) => a + Math.max(0, d - 50), 0),
                longestMs: Math.max(0, ...tasks.map(([, d]) => d)),
              };
            },
            [MARK_START, MARK_LIVE] as const,
          );
          const bytes = [...fetched].reduce((sum, path) => sum + (files.file(path)?.gzip ?? 0), 0);
          samples.push({ ...m, kB: bytes / 1000 });
          log(
            `  first interaction ${route} run ${i}/${runs}: live after ${m.hydrateMs.toFixed(0)} ms, blocking ${m.blockingMs.toFixed(0)} ms, longest task ${m.longestMs.toFixed(0)} ms, ${fetched.size} files, ${(bytes / 1000).toFixed(1)} kB gzip`,
          );
        } catch (e) {
          log(
            `  first interaction ${route} run ${i}/${runs} failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
          );
        } finally {
          await browser.close();
        }
      }
      const med = (k: keyof (typeof samples)[number]) =>
        median(samples.map((s) => s[k]).filter(Number.isFinite)) ?? NaN;
      results.push({
        type,
        route,
        runs: samples.length,
        hydrateMs: med('hydrateMs'),
        blockingMs: med('blockingMs'),
        longestMs: med('longestMs'),
        kB: med('kB'),
        cpuSlowdown: CPU_SLOWDOWN,
      });
    }
  } finally {
    await site.close();
  }
  return results;
}
