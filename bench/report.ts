/** bench/RESULTS.md: machine, budgets with pass/fail, and the tables of every section that ran. */
import { type BudgetResult, budgetLimit } from './budgets';
import type { BenchResults, RouteWeight } from './types';

export interface Meta {
  date: string;
  nproc: number;
  cpu: string;
  memory: string;
  node: string;
  chromium: string;
  lighthouse: string;
  commit: string;
  sections: string[];
  command: string;
  totalSeconds: number;
  load: string[];
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const n = (v: number) => v.toLocaleString('en-US');
const fmt = (v: number | null, digits = 0) => (v === null ? '–' : v.toFixed(digits));
const mins = (s: number) => (s >= 90 ? `${(s / 60).toFixed(1)} min` : `${s.toFixed(0)} s`);

function measured(r: BudgetResult): string {
  if (r.value === null) return '–';
  const u = r.budget.unit;
  if (u === 'kB' || u === 'MiB') return `${r.value.toFixed(u === 'kB' ? 2 : 0)} ${u}`;
  if (u === 'score' && r.budget.measure === 'lighthouse.cls') return r.value.toFixed(3);
  if (u === 'bool') return r.value ? 'yes' : 'no';
  if (u === 'ratio') return `${r.value.toFixed(2)}×`;
  if (u === 's') return `${r.value.toFixed(2)} s`;
  if (u === 'ms') return `${r.value.toFixed(0)} ms`;
  return String(Math.round(r.value * 100) / 100);
}

function weightRow(w: RouteWeight) {
  return `| ${w.type} | \`${w.route}\` | ${kB(w.html)} | ${kB(w.css)} | ${kB(w.js)} | **${kB(w.page)}** | ${w.requests} | ${w.lazyJs ? `${kB(w.lazyJs)} (${w.lazy.length} files)` : '–'} |`;
}

export function renderResults(meta: Meta, results: BenchResults, budgets: BudgetResult[]): string {
  const L: string[] = [];
  const failing = budgets.filter((b) => b.verdict === 'FAIL' || b.verdict === 'error');
  L.push('# Bench results', '');
  L.push(`Written by \`${meta.command}\` (bench/run.ts). Do not edit by hand: run the bench again.`, '');
  L.push('| | |', '|---|---|');
  L.push(`| date | ${meta.date} |`);
  L.push(`| machine | ${meta.nproc} cores (\`nproc\`), ${meta.cpu}; ${meta.memory} memory |`);
  L.push(`| Node | ${meta.node} |`);
  L.push(`| Chromium | ${meta.chromium} |`);
  L.push(`| Lighthouse | ${meta.lighthouse} |`);
  L.push(`| commit | ${meta.commit} |`);
  L.push(`| sections | ${meta.sections.join(', ')} |`);
  L.push(`| total bench time | ${mins(meta.totalSeconds)} |`);
  L.push(`| load average (1 min) at each section start | ${meta.load.join('; ')} |`);
  L.push('');
  L.push(
    `## Budgets: ${failing.length ? `${failing.length} of ${budgets.length} FAIL` : `all ${budgets.filter((b) => b.verdict === 'pass').length} measured pass`}`,
    '',
  );
  L.push(
    'Limits from bench/budgets.json. Weight budgets apply to the heaviest route of the listed types; Lighthouse budgets to the worst median of the audited pages.',
    '',
  );
  L.push('| budget | limit | measured | where | result |', '|---|---|---|---|---|');
  for (const b of budgets) {
    L.push(
      `| ${b.budget.id} — ${b.budget.description ?? b.budget.measure} | ${budgetLimit(b.budget)} | ${measured(b)} | ${b.detail.replace(/\|/g, '\\|').replace(/\n/g, ' ')} | ${b.verdict === 'pass' || b.verdict === 'not run' ? b.verdict : `**${b.verdict}**`} |`,
    );
  }
  L.push('');

  const w = results.weights;
  if (w) {
    L.push('## Page weight per route type', '');
    if (w.error) L.push(`**error:** ${w.error}`, '');
    else {
      L.push(
        `Built once from data/ into \`${w.site}\` by \`npm run build\`${w.buildSeconds ? ` in ${w.buildSeconds.toFixed(1)} s` : ' (an earlier build, reused)'}. Sizes are gzip level 9 (Node zlib) of each file on its own, summed; kB = 1000 bytes. ` +
          'Before interaction = the HTML document, every `<script src>` (except `nomodule`), every `<link rel=stylesheet|preload|modulepreload>`, and the chunks the inline React Server Components payload names for hydration. ' +
          "The framework runtime is counted here although pages start it only on the reader's first interaction (pointer, touch, key, focus or scroll; `lib/html/runtime-loader.ts`), so JS and page weights are what a reader who interacts fetches. " +
          'HTML includes its inline scripts and styles (the React payload is a file the runtime loads, counted as JS). Requests = the HTML plus those files. ' +
          '"On interaction" = chunks reachable only through a dynamic `import()` in the loaded chunks (the recharts view, fetched on first pointer-enter or focus of a chart).',
        '',
      );
      L.push('### Representative routes', '');
      L.push(
        '| type | route | HTML kB | CSS kB | JS kB | page kB | requests | on interaction kB |',
        '|---|---|---:|---:|---:|---:|---:|---:|',
      );
      for (const t of w.types) if (t.representative) L.push(weightRow(t.representative));
      L.push('');
      L.push('### Heaviest route of each type', '');
      L.push(
        '| type | routes | max HTML kB | max CSS kB | max JS kB | max page kB | max requests | max on interaction kB |',
        '|---|---:|---|---|---|---|---|---|',
      );
      for (const t of w.types) {
        const m = t.max;
        const cell = (x: { value: number; route: string }, bytes = true) =>
          `${bytes ? kB(x.value) : x.value} \`${x.route}\``;
        L.push(
          `| ${t.type} | ${t.count} | ${cell(m.html)} | ${cell(m.css)} | ${cell(m.js)} | ${cell(m.page)} | ${cell(m.requests, false)} | ${cell(m.lazyJs)} |`,
        );
      }
      L.push('');
      const inline = w.types
        .filter((t) => t.representative)
        .map((t) => `${t.type} ${kB(t.representative!.inlineScript)}`);
      L.push(`Of each representative HTML, inline scripts alone gzip to (kB): ${inline.join(', ')}.`, '');
      L.push('### JavaScript chunks', '');
      L.push(
        '| chunk | gzip kB | raw kB | holds (from markers in the code) | routes using it | when |',
        '|---|---:|---:|---|---:|---|',
      );
      for (const c of w.chunks)
        L.push(
          `| \`${c.url.replace('/_next/static/chunks/', '')}\` | ${kB(c.gzip)} | ${kB(c.raw)} | ${c.label} | ${c.routes} | ${c.label.includes('nomodule') ? 'never (nomodule)' : c.lazy ? 'on interaction' : 'before interaction'} |`,
        );
      L.push('');
      for (const f of w.files) L.push(`\`${f.path}\`: ${f.raw} bytes, ${f.gzip} bytes gzip.`);
      L.push('');
    }
  }

  const lhTable = (lh: NonNullable<BenchResults['lighthouse']>) => {
    if (lh.error) {
      L.push(`**error:** ${lh.error}`, '');
      return;
    }
    const runs = lh.pages[0]?.runs.length ?? 0;
    L.push(
      `Lighthouse ${lh.lighthouseVersion}, node API, default mobile emulation and simulated throttling, Chromium at /usr/bin/chromium (\`--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run\`), a fresh browser per run. ` +
        `Pages served by \`scripts/serve.ts\` (serveSite) on 127.0.0.1, which answered with Content-Encoding: ${lh.encoding}${lh.encoding === 'identity' ? ' (uncompressed)' : ''}. Median of ${runs} runs per score and metric. ` +
        `Lighthouse BenchmarkIndex of this machine per run: ${lh.benchmarkIndex.map((b) => b.toFixed(0)).join(', ') || '–'} (simulated throttling scales CPU work from the time it took here, so a busy machine inflates TBT).`,
      '',
    );
    L.push(
      '| page | performance | accessibility | best practices | SEO | LCP ms | CLS | TBT ms | runs (perf) |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---|',
    );
    for (const p of lh.pages) {
      const m = p.median;
      L.push(
        `| ${p.type} \`${p.route}\` | ${fmt(m.performance)} | ${fmt(m.accessibility)} | ${fmt(m['best-practices'])} | ${fmt(m.seo)} | ${fmt(m.lcp)} | ${fmt(m.cls, 3)} | ${fmt(m.tbt)} | ${p.runs.map((r) => fmt(r.performance)).join(', ')}${p.runErrors.length ? `; errors: ${p.runErrors.join('; ')}` : ''} |`,
      );
    }
    L.push('');
    L.push('Audits that cost points (score < 0.9) in the median-performance run of each page:', '');
    for (const p of lh.pages) {
      const lost = Object.entries(p.failedAudits).filter(([, a]) => a.length);
      L.push(`- **${p.route}**${lost.length ? '' : ': none'}`);
      for (const [cat, audits] of lost) L.push(`  - ${cat}: ${audits.map((a) => a.replace(/\|/g, '\\|')).join('; ')}`);
    }
    L.push('');
    L.push('### When the reader first interacts', '');
    L.push(
      "Pages start the framework runtime (React, the Next router, the page's React payload) on the reader's first pointer move, touch, key press, focus, wheel or scroll (`lib/html/runtime-loader.ts`). Lighthouse never interacts, so its figures above are the read-only load. " +
        `This is the cost the runtime adds when a reader does interact: each page in a fresh Chromium with a 412×823 touch viewport and the CPU throttled ${lh.firstInteraction?.[0]?.cpuSlowdown ?? '–'}× (as Lighthouse simulates; the local server is not network-throttled), then one pointer move. ` +
        "Live after = from the loader's start mark to React's live mark; blocking = the part over 50 ms of each long task in that span, as TBT counts it. Medians of the runs. Not budgeted: reported so the deferral hides nothing.",
      '',
    );
    if (lh.firstInteractionError) L.push(`**error:** ${lh.firstInteractionError}`, '');
    else {
      L.push(
        '| page | runs | live after ms | blocking ms | longest task ms | fetched kB (gzip) |',
        '|---|---:|---:|---:|---:|---:|',
      );
      for (const f of lh.firstInteraction ?? [])
        L.push(
          `| ${f.type} \`${f.route}\` | ${f.runs} | ${fmt(f.hydrateMs)} | ${fmt(f.blockingMs)} | ${fmt(f.longestMs)} | ${fmt(f.kB, 1)} |`,
        );
      L.push('');
    }
  };
  if (results.lighthouse) {
    L.push('## Lighthouse', '');
    lhTable(results.lighthouse);
  }

  const d = results.data;
  if (d) {
    L.push('## Data scaling: check:data on generated observations', '');
    if (d.error) L.push(`**error:** ${d.error}`, '');
    else {
      L.push(
        'data/ copied to a scratch folder with observations.csv replaced by the real rows followed by generated rows (real series, sources and units, values in range, periods matching the series type, short table locators). ' +
          `\`node_modules/.bin/tsx scripts/check-data.ts <dir>\` as a child process; peak RSS by ${d.sizes[0]?.rssMethod ?? '–'}.`,
        '',
      );
      L.push(
        'Beside it, in the same run, `tsx bench/duckdb-check.ts <dir>` (DuckDB ' +
          `${d.sizes.find((s) => s.duckdb?.version)?.duckdb?.version ?? '–'}, @duckdb/node-api) reads the same observations.csv with the types its Table Schema declares, strictly, and checks the primary key is unique. The ratio is of the two checks' own times, start-up excluded on both sides (check:data prints its time; DuckDB's is the instance, the read and the query, timed inside its process); both processes' wall times, start-up included, are in the table too.`,
        '',
      );
      const mibOf = (b: number | null | undefined) => (b === null || b === undefined ? '–' : (b / 2 ** 20).toFixed(0));
      L.push(
        '| rows | observations.csv MB | bytes per row | check:data | wall s (own s) | CPU s (user + sys) | peak RSS MiB | DuckDB wall s (query s) | DuckDB peak RSS MiB | check:data / DuckDB, own times (wall times) |',
        '|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|',
      );
      for (const s of d.sizes) {
        const q = s.duckdb;
        const duck = !q
          ? '–'
          : q.ok
            ? `${q.seconds.toFixed(2)} (${fmt(q.querySeconds, 2)})`
            : `**failed**: ${q.error ?? ''}`;
        L.push(
          `| ${n(s.rows)} | ${(s.bytes / 1e6).toFixed(1)} | ${Math.round(s.bytes / s.rows)} | ${s.ok ? 'ok' : `**not ok** (exit ${s.exitCode})`} | ${s.seconds.toFixed(2)} (${fmt(s.checkSeconds ?? null, 2)}) | ${fmt(s.cpuSeconds, 2)} | ${mibOf(s.peakRssBytes)} | ${duck} | ${mibOf(q?.peakRssBytes)} | ${q?.ok && s.checkSeconds && q.querySeconds ? `${(s.checkSeconds / q.querySeconds).toFixed(2)}× (${(s.seconds / q.seconds).toFixed(2)}×)` : '–'} |`,
        );
      }
      L.push('');
      for (const s of d.sizes.filter((x) => !x.ok))
        L.push(`${n(s.rows)} rows, last lines of output:`, '', '```', s.output, '```', '');
    }
  }

  const b = results.build;
  if (b) {
    L.push('## Build scaling: npm run build with generated claims', '');
    if (b.error) L.push(`**error:** ${b.error}`, '');
    else {
      L.push(
        'data/ plus one generated story of N claims, each about a real observation and linked to it as its record. The whole `npm run build` pipeline (check:data, render-charts, next build, publish steps) via tests/support/build-site.ts, timed wall clock. ' +
          'Each claim adds a claim page, a chart page, an embed and exports.',
        '',
      );
      const base = results.siteBuild?.ok ? results.siteBuild : undefined;
      const all = [...(base ? [base] : []), ...b.runs];
      const stageNames = [...new Set(all.flatMap((r) => Object.keys(r.stages)))];
      L.push(
        `| generated claims | built | HTML pages | wall s | CPU s | wall s per generated claim | marginal s per claim${base ? ' (vs seed only)' : ''} | ${stageNames.map((x) => `${x} s`).join(' | ')} |`,
        `|---:|---|---:|---:|---:|---:|---:|${stageNames.map(() => '---:|').join('')}`,
      );
      for (const r of all) {
        const seed = r === base;
        const marginal = base && !seed ? ((r.seconds - base.seconds) / r.claims).toFixed(3) : '–';
        L.push(
          `| ${seed ? '0 (seed data only: the weights site)' : n(r.claims)} | ${r.ok ? 'yes' : `**no**: ${r.error?.replace(/\|/g, '\\|')}`} | ${n(r.pages)} | ${r.seconds.toFixed(1)} | ${fmt(r.cpuSeconds)} | ${seed ? '–' : (r.seconds / r.claims).toFixed(3)} | ${marginal} | ${stageNames.map((x) => (r.stages[x] === undefined ? '–' : r.stages[x].toFixed(1))).join(' | ')} |`,
        );
      }
      L.push(
        '',
        `Build logs: ${all.map((r) => `\`${r.log}\``).join(', ')}. Stage times are what the build prints; check:data, npm and process start-up make up the rest.`,
        '',
      );
      const a = b.runs.find((r) => r.claims === 100);
      const z = b.runs.find((r) => r.claims === 1000);
      if (a?.ok && z?.ok) {
        const cpu =
          a.cpuSeconds && z.cpuSeconds ? ` In CPU time the ratio is ${(z.cpuSeconds / a.cpuSeconds).toFixed(2)}.` : '';
        L.push(
          `time(1000)/time(100) = ${(z.seconds / a.seconds).toFixed(2)} (linear would be at most 10; the budget allows 11.5).${cpu} Marginal cost from 100 to 1,000 claims: ${((z.seconds - a.seconds) / 900).toFixed(3)} s per claim.`,
          '',
        );
      }
    }
  }
  return `${L.join('\n')}\n`;
}
