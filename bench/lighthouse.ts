/**
 * Lighthouse 12 (node API) in Debian chromium, Lighthouse's default mobile emulation and simulated throttling,
 * against the built site served by the same server `npm start` uses. Each page is audited `runs` times, each in a
 * fresh browser; the report gives the median of each score and metric.
 */
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../tests/support/browser';
import { serveSite } from '../tests/support/site-server';
import type { LighthouseMedian, LighthousePage, LighthouseResult, RouteType } from './types';

export const CHROME_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export const median = (xs: number[]): number | null => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

interface LhrLike {
  lighthouseVersion: string;
  userAgent?: string;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  environment?: { hostUserAgent?: string; benchmarkIndex?: number };
  audits: Record<
    string,
    {
      id: string;
      title: string;
      score: number | null;
      scoreDisplayMode: string;
      numericValue?: number;
      displayValue?: string;
      details?: { items?: Array<Record<string, unknown>> };
    }
  >;
}

function summarise(lhr: LhrLike): LighthouseMedian {
  const score = (c: string) =>
    lhr.categories[c]?.score === null || lhr.categories[c]?.score === undefined
      ? null
      : Math.round(lhr.categories[c].score! * 100);
  const num = (a: string) => (typeof lhr.audits[a]?.numericValue === 'number' ? lhr.audits[a].numericValue! : null);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcp: num('largest-contentful-paint'),
    cls: num('cumulative-layout-shift'),
    tbt: num('total-blocking-time'),
  };
}

/** Audits that cost points, per category: "id: title (display value)". */
function failedAudits(lhr: LhrLike): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const c of CATEGORIES) {
    const refs = lhr.categories[c]?.auditRefs ?? [];
    out[c] = refs
      .map((r) => lhr.audits[r.id])
      .filter(
        (a) =>
          a &&
          a.score !== null &&
          a.score < 0.9 &&
          (a.scoreDisplayMode === 'binary' ||
            a.scoreDisplayMode === 'numeric' ||
            a.scoreDisplayMode === 'metricSavings'),
      )
      .map((a) => {
        const item = a.details?.items?.[0];
        const node = item?.node as { snippet?: string } | undefined;
        const str = (v: unknown) => (typeof v === 'string' ? v : '');
        const first = item
          ? [
              str(item.description) || str(node?.snippet),
              str(item.url) || str((item.sourceLocation as { url?: string } | undefined)?.url),
            ]
              .filter(Boolean)
              .join(' ')
              .replace(/\s+/g, ' ')
              .replace(/http:\/\/127\.0\.0\.1:\d+/g, '')
              .slice(0, 160)
          : '';
        return `${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}${first ? ` — e.g. ${first}` : ''}`;
      });
  }
  return out;
}

/** How the server encodes a page for a browser that accepts gzip and brotli ('identity' when it does not compress). */
function encodingOf(url: string): Promise<string> {
  return new Promise((resolve) => {
    get(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (res) => {
      res.resume();
      resolve(String(res.headers['content-encoding'] ?? 'identity'));
    }).on('error', () => resolve('unknown'));
  });
}

export async function runLighthouse(
  siteDir: string,
  pages: Array<{ type: RouteType; route: string }>,
  runs: number,
  log: (msg: string) => void,
): Promise<LighthouseResult> {
  // Both are ES modules; import() keeps them out of the CommonJS graph tsx compiles bench/ into.
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const version = (
    JSON.parse(readFileSync(join(require.resolve('lighthouse/package.json')), 'utf8')) as { version: string }
  ).version;
  const site = await serveSite(siteDir);
  const encoding = await encodingOf(site.url + (pages[0]?.route ?? '/'));
  const result: LighthouseResult = {
    lighthouseVersion: version,
    userAgent: '',
    encoding,
    benchmarkIndex: [],
    pages: [],
  };
  try {
    for (const page of pages) {
      const url = site.url + page.route;
      const summaries: LighthouseMedian[] = [];
      const lhrs: LhrLike[] = [];
      const runErrors: string[] = [];
      for (let i = 1; i <= runs; i++) {
        const started = Date.now();
        const chrome = await chromeLauncher.launch({
          chromePath: CHROME_PATH,
          chromeFlags: CHROMIUM_ARGS,
          logLevel: 'silent',
        });
        try {
          const res = await lighthouse(url, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: [...CATEGORIES],
          });
          const lhr = res?.lhr as unknown as LhrLike | undefined;
          if (!lhr) throw new Error('lighthouse returned no result');
          if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
          result.userAgent ||= lhr.environment?.hostUserAgent ?? lhr.userAgent ?? '';
          const s = summarise(lhr);
          summaries.push(s);
          if (typeof lhr.environment?.benchmarkIndex === 'number')
            result.benchmarkIndex.push(lhr.environment.benchmarkIndex);
          lhrs.push(lhr);
          log(
            `  lighthouse ${page.route} run ${i}/${runs}: BenchmarkIndex ${lhr.environment?.benchmarkIndex ?? '?'} perf ${s.performance} a11y ${s.accessibility} bp ${s['best-practices']} seo ${s.seo} LCP ${s.lcp?.toFixed(0)} ms CLS ${s.cls?.toFixed(3)} TBT ${s.tbt?.toFixed(0)} ms (${((Date.now() - started) / 1000).toFixed(0)} s)`,
          );
        } catch (e) {
          const msg = e instanceof Error ? e.message : String(e);
          runErrors.push(`run ${i}: ${msg}`);
          log(`  lighthouse ${page.route} run ${i}/${runs} failed: ${msg}`);
        } finally {
          await chrome.kill();
        }
      }
      const med = Object.fromEntries(
        (
          Object.keys(summaries[0] ?? summarise({ lighthouseVersion: '', categories: {}, audits: {} })) as Array<
            keyof LighthouseMedian
          >
        ).map((k) => [k, median(summaries.map((s) => s[k]).filter((v): v is number => v !== null))]),
      ) as unknown as LighthouseMedian;
      // The audits of the run whose performance score is the median, to explain lost points.
      const byPerf = lhrs.map((l, i) => ({ l, p: summaries[i].performance ?? 0 })).sort((a, b) => a.p - b.p);
      const mid = byPerf[Math.floor((byPerf.length - 1) / 2)]?.l;
      result.pages.push({
        ...page,
        runs: summaries,
        median: med,
        runErrors,
        failedAudits: mid ? failedAudits(mid) : {},
      } satisfies LighthousePage);
    }
  } finally {
    await site.close();
  }
  return result;
}
