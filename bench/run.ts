/**
 * npm run bench [-- options]: page weight, Lighthouse, data scaling and build scaling, checked against
 * bench/budgets.json. Writes bench/RESULTS.md (a partial run writes test-results/bench-RESULTS.md instead, so the
 * committed results stay complete) and exits non-zero when any budget fails or any measurement errors.
 *
 *   --only weights,lighthouse,data,build   run some sections (default: all)
 *   --runs N                               Lighthouse runs per page (default 3)
 *   --rows 10000,100000,1000000            observation counts for check:data
 *   --claims 10,100,1000                   generated claim counts for the build
 *   --reuse-site                           reuse test-results/bench-site if it exists instead of building
 *   --keep                                 keep the scratch data folders and sites (test-results/bench-scratch)
 *   --results PATH                         where to write the markdown
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { evaluate, failed, loadBudgets, type Section } from './budgets';
import { measureFirstInteraction } from './first-interaction';
import { CHROME_PATH, runLighthouse } from './lighthouse';
import { renderResults } from './report';
import { buildScaling, checkDataScaling, stageText, timedBuild } from './scaling';
import type { BenchResults, RouteType } from './types';
import { measureWeights } from './weights';

const SECTIONS: Section[] = ['weights', 'lighthouse', 'data', 'build'];
const SITE = join('test-results', 'bench-site');
const SEED_STORY = 'breitbart-2019-11-03-nc-sanctuary';
/** The largest per-measure JSON file /explore fetches (District Court traffic misdemeanors: the most counties with the largest counts). */
const EXPLORE_LARGEST_JSON = join(
  SITE,
  'explore',
  'data',
  'nc-aoc-district-criminal-misdemeanors-traffic-disposed.json',
);
const CHECK_LARGEST_JSON = join(SITE, 'check', 'data', 'ice-287g-nc-agreements-by-county-2025-07-18.json');

// data/ itself holds over a thousand observations, so the smallest generated size is 10,000.
const DEFAULTS = { runs: 3, rows: [10_000, 100_000, 1_000_000], claims: [10, 100, 1_000] };

function parseArgs(argv: string[]) {
  const opts = {
    only: [...SECTIONS],
    runs: DEFAULTS.runs,
    rows: DEFAULTS.rows,
    claims: DEFAULTS.claims,
    reuseSite: false,
    keep: false,
    results: '',
    partial: false,
  };
  const list = (v: string | undefined, flag: string) => {
    if (!v) throw new Error(`${flag} needs a value`);
    return v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  };
  const nums = (v: string | undefined, flag: string) =>
    list(v, flag).map((s) => {
      const x = Number(s.replace(/_/g, '').replace(/k$/i, '000').replace(/m$/i, '000000'));
      if (!Number.isInteger(x) || x <= 0) throw new Error(`${flag}: "${s}" is not a positive integer`);
      return x;
    });
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--only': {
        const only = list(value(), flag);
        for (const s of only)
          if (!SECTIONS.includes(s as Section))
            throw new Error(`--only: unknown section "${s}" (use ${SECTIONS.join(', ')})`);
        opts.only = SECTIONS.filter((s) => only.includes(s));
        break;
      }
      case '--runs':
        opts.runs = nums(value(), flag)[0];
        break;
      case '--rows':
        opts.rows = nums(value(), flag);
        break;
      case '--claims':
        opts.claims = nums(value(), flag);
        break;
      case '--reuse-site':
        opts.reuseSite = true;
        break;
      case '--keep':
        opts.keep = true;
        break;
      case '--results':
        opts.results = value() ?? '';
        break;
      case '--help':
      case '-h':
        console.log(
          readFileSync(__filename, 'utf8')
            .split('*/')[0]
            .replace(/^\/\*\*?|^ \* ?/gm, ''),
        );
        process.exit(0);
      default:
        throw new Error(`unknown option ${argv[i]} (see --help)`);
    }
  }
  opts.partial =
    opts.only.length < SECTIONS.length ||
    opts.runs !== DEFAULTS.runs ||
    String(opts.rows) !== String(DEFAULTS.rows) ||
    String(opts.claims) !== String(DEFAULTS.claims) ||
    opts.reuseSite;
  opts.results ||= opts.partial ? join('test-results', 'bench-RESULTS.md') : join('bench', 'RESULTS.md');
  return opts;
}

const started = Date.now();
const stamp = () => {
  const s = Math.round((Date.now() - started) / 1000);
  return `[${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}]`;
};
const log = (m: string) => console.log(`${stamp()} ${m}`);

const run = (cmd: string, args: string[]) => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
};

type Row = Record<string, string>;
const rows = (file: string) =>
  Papa.parse<Row>(readFileSync(join('data', file), 'utf8'), { header: true, skipEmptyLines: true }).data;

/** One route per type: the seed story, its first claim, the series chart of that claim's first figure, its embed, /data, /data/observations. */
function representatives(): Record<RouteType, string> {
  const claim = rows('claims.csv')
    .filter((c) => c.story_id === SEED_STORY)
    .sort((a, b) => Number(a.position) - Number(b.position))[0];
  if (!claim) throw new Error(`seed story ${SEED_STORY} has no claims in data/`);
  const evidence = rows('claim_evidence.csv').find((e) => e.claim_id === claim.id);
  const series =
    rows('observations.csv').find((o) => o.id === evidence?.observation_id)?.series_id ?? rows('series.csv')[0].id;
  return {
    home: '/',
    story: `/stories/${SEED_STORY}`,
    claim: `/claims/${claim.id}`,
    chart: `/charts/${series}`,
    embed: `/embed/${series}`,
    data: '/data',
    dataset: '/data/observations',
    catalogue: '/charts',
    county: '/counties/mecklenburg',
    explore: '/explore',
    check: '/check',
  };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const budgets = loadBudgets();
  const load: string[] = [];
  const section = (name: string) => {
    load.push(`${name} ${loadavg()[0].toFixed(2)}`);
    log(`== ${name}`);
  };
  log(`bench: ${opts.only.join(', ')}${opts.partial ? ` (partial run: results go to ${opts.results})` : ''}`);
  const results: BenchResults = {};
  const errorOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
  const reps = representatives();
  const routeTypes = budgets.routeTypes;

  let siteSeconds = 0;
  if (opts.only.includes('weights') || opts.only.includes('lighthouse')) {
    section('site build');
    if (opts.reuseSite && existsSync(join(SITE, 'index.html'))) log(`  reusing ${SITE}`);
    else {
      log(`  npm run build from data/ into ${SITE} (log: test-results/bench-site.log)`);
      const b = timedBuild('data', SITE, 'bench-site');
      siteSeconds = b.seconds;
      results.siteBuild = b;
      if (!b.ok) {
        const error = `the site build failed: ${b.error}`;
        log(`  ${error}`);
        if (opts.only.includes('weights'))
          results.weights = { error, site: SITE, types: [], files: [], chunks: [], buildSeconds: b.seconds };
        if (opts.only.includes('lighthouse'))
          results.lighthouse = {
            error,
            lighthouseVersion: '',
            userAgent: '',
            encoding: '',
            benchmarkIndex: [],
            pages: [],
          };
      } else
        log(
          `  built ${b.pages} HTML pages in ${b.seconds.toFixed(1)} s, ${b.cpuSeconds?.toFixed(0) ?? '?'} CPU s (${stageText(b.stages)})`,
        );
    }
  }

  if (opts.only.includes('weights') && !results.weights) {
    section('weights');
    try {
      results.weights = measureWeights(
        SITE,
        reps,
        routeTypes,
        ['public/embed.js', EXPLORE_LARGEST_JSON, CHECK_LARGEST_JSON],
        siteSeconds,
      );
      for (const t of results.weights.types) {
        const r = t.representative;
        if (r)
          log(
            `  ${t.type.padEnd(7)} ${r.route}: HTML ${(r.html / 1000).toFixed(1)} kB, CSS ${(r.css / 1000).toFixed(1)} kB, JS ${(r.js / 1000).toFixed(1)} kB, ${r.requests} requests; max page ${(t.max.page.value / 1000).toFixed(1)} kB over ${t.count} routes`,
          );
      }
    } catch (e) {
      results.weights = { error: errorOf(e), site: SITE, types: [], files: [], chunks: [], buildSeconds: siteSeconds };
      log(`  weights failed: ${errorOf(e)}`);
    }
  }

  if (opts.only.includes('lighthouse') && !results.lighthouse) {
    section('lighthouse');
    const pages = (['story', 'claim', 'embed', 'data', 'catalogue', 'county', 'explore'] as RouteType[]).map(
      (type) => ({ type, route: reps[type] }),
    );
    try {
      results.lighthouse = await runLighthouse(SITE, pages, opts.runs, log);
      try {
        results.lighthouse.firstInteraction = await measureFirstInteraction(
          SITE,
          pages.filter((p) => p.type !== 'embed'),
          opts.runs,
          CHROME_PATH,
          log,
        );
      } catch (e) {
        results.lighthouse.firstInteractionError = errorOf(e);
        log(`  first-interaction measurement failed: ${errorOf(e)}`);
      }
    } catch (e) {
      results.lighthouse = {
        error: errorOf(e),
        lighthouseVersion: '',
        userAgent: '',
        encoding: '',
        benchmarkIndex: [],
        pages: [],
      };
      log(`  lighthouse failed: ${errorOf(e)}`);
    }
  }

  if (opts.only.includes('data')) {
    section('data scaling');
    try {
      results.data = { sizes: await checkDataScaling(opts.rows, opts.keep, log) };
    } catch (e) {
      results.data = { error: errorOf(e), sizes: [] };
      log(`  data scaling failed: ${errorOf(e)}`);
    }
  }

  if (opts.only.includes('build')) {
    section('build scaling');
    try {
      results.build = { runs: await buildScaling(opts.claims, opts.keep, log) };
    } catch (e) {
      results.build = { error: errorOf(e), runs: [] };
      log(`  build scaling failed: ${errorOf(e)}`);
    }
  }

  const verdicts = evaluate(budgets, results);
  const totalSeconds = (Date.now() - started) / 1000;
  const gib = totalmem() / 2 ** 30;
  const commit = run('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = run('git', ['status', '--porcelain', '--untracked-files=no']);
  const markdown = renderResults(
    {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      nproc: Number(run('nproc', [])) || cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown CPU',
      memory: `${gib.toFixed(1)} GiB`,
      node: process.version,
      chromium: run(CHROME_PATH, ['--version']),
      lighthouse:
        results.lighthouse?.lighthouseVersion ||
        (JSON.parse(readFileSync(require.resolve('lighthouse/package.json'), 'utf8')) as { version: string }).version,
      commit: `${commit}${
        dirty && dirty !== 'unknown'
          ? ` plus uncommitted changes (at the end of the run) to ${dirty
              .split('\n')
              .map((l) => `\`${l.trim().replace(/^\S+\s+/, '')}\``)
              .join(', ')}`
          : ''
      }`,
      sections: opts.only,
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      totalSeconds,
      load,
    },
    results,
    verdicts,
  );
  mkdirSync(join(opts.results, '..'), { recursive: true });
  writeFileSync(opts.results, markdown);
  mkdirSync('test-results', { recursive: true });
  writeFileSync(join('test-results', 'bench-results.json'), `${JSON.stringify(results, null, 1)}\n`);

  log('== budgets');
  for (const v of verdicts)
    log(
      `  ${v.verdict.padEnd(7)} ${v.budget.id}: ${v.value === null ? '–' : Math.round(v.value * 1000) / 1000} ${v.budget.unit} (${v.budget.max !== undefined ? `max ${v.budget.max}` : `min ${v.budget.min}`}) ${v.detail}`,
    );
  const bad = failed(verdicts);
  log(
    `wrote ${opts.results} (raw numbers: test-results/bench-results.json) in ${(totalSeconds / 60).toFixed(1)} min; ${bad.length ? `${bad.length} budget(s) broken or not measured: ${bad.map((b) => b.budget.id).join(', ')}` : 'every measured budget passes'}`,
  );
  process.exit(bad.length ? 1 : 0);
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(2);
});
