/** Data scaling (check:data on generated observation files) and build scaling (npm run build with N generated claims). */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../tests/support/build-site';
import { generateClaims, generateObservations } from './generate';
import type { BuildRun, CheckDataSize, DuckdbRun } from './types';

export const SCRATCH = join('test-results', 'bench-scratch');
const TSX = join('node_modules', '.bin', 'tsx');
const TIME = '/usr/bin/time';

interface Measured {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  cpuSeconds: number | null;
  peakRssBytes: number | null;
  rssMethod: string;
}

let ticks = 0;
/** CPU seconds (user + system) of this process's waited-for descendants so far, from /proc/self/stat. */
export function childCpuSeconds(): number | null {
  try {
    ticks ||= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[13]) + Number(f[14])) / ticks; // cutime, cstime (fields 16 and 17)
  } catch {
    return null;
  }
}

/** A process and its descendants, from /proc/<pid>/task/<tid>/children. */
function processTree(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const t of readdirSync(`/proc/${pids[i]}/task`)) {
        for (const c of readFileSync(`/proc/${pids[i]}/task/${t}/children`, 'utf8').split(/\s+/).filter(Boolean))
          pids.push(Number(c));
      }
    } catch {
      /* the process ended between reads */
    }
  }
  return pids;
}

/** Peak RSS of the largest process in a tree, by polling VmHWM (used only when GNU time is not installed). */
function treeHwm(pid: number): number {
  let peak = 0;
  for (const p of processTree(pid)) {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]) * 1024);
    } catch {
      /* ended */
    }
  }
  return peak;
}

/** Kills a process and everything it started (tsx runs the script in a child node process). */
function killTree(pid: number) {
  for (const p of processTree(pid).reverse()) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

/** Runs a command, timing it and taking its peak RSS (of the largest process in its tree) from GNU time -v. */
function measure(cmd: string, args: string[], timeoutMs: number): Promise<Measured> {
  const gnuTime = existsSync(TIME);
  return new Promise((resolve) => {
    const started = performance.now();
    const cpuBefore = childCpuSeconds();
    const child = gnuTime
      ? spawn(TIME, ['-v', cmd, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let polled = 0;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const poll = gnuTime ? null : setInterval(() => (polled = Math.max(polled, treeHwm(child.pid!))), 50);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child.pid!);
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      const cpuAfter = childCpuSeconds();
      const cpuSeconds = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
      let peak: number | null = polled || null;
      let method = 'VmHWM polled every 50 ms over the process tree';
      if (gnuTime) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        peak = m ? Number(m[1]) * 1024 : null;
        method = '/usr/bin/time -v (max RSS of the largest process)';
        const exit = /Command exited with non-zero status (\d+)/.exec(stderr);
        const sig = /Command terminated by signal (\d+)/.exec(stderr);
        stderr = stderr.replace(/\n?\s*Command (exited|terminated|being timed)[\s\S]*$/, '');
        if (code === 0 || !exit) code = sig ? 128 + Number(sig[1]) : code;
        else code = Number(exit[1]);
      }
      if (timedOut) stderr += `\n(killed after the ${timeoutMs / 1000} s timeout)`;
      else if (signal) stderr += `\n(killed by ${signal})`;
      resolve({ code, stdout, stderr, seconds, cpuSeconds, peakRssBytes: peak, rssMethod: method });
    });
  });
}

const mib = (bytes: number | null) => (bytes === null ? '?' : `${(bytes / 2 ** 20).toFixed(0)} MiB`);

/** DuckDB reading the folder's observations with their types and checking the primary key (bench/duckdb-check.ts), as a child process started like check:data. */
async function duckdbCheck(dir: string): Promise<DuckdbRun> {
  const m = await measure(TSX, ['bench/duckdb-check.ts', dir], 15 * 60_000);
  try {
    const r = JSON.parse(m.stdout.trim().split('\n').pop() ?? '') as {
      unique: boolean;
      seconds: number;
      version: string;
    };
    return {
      seconds: m.seconds,
      querySeconds: r.seconds,
      peakRssBytes: m.peakRssBytes,
      ok: m.code === 0 && r.unique,
      version: r.version,
      ...(r.unique ? {} : { error: 'primary key not unique' }),
    };
  } catch {
    return {
      seconds: m.seconds,
      querySeconds: null,
      peakRssBytes: m.peakRssBytes,
      ok: false,
      version: '',
      error: `exit ${m.code}: ${m.stderr.trim().slice(-300)}`,
    };
  }
}

export async function checkDataScaling(
  sizes: number[],
  keep: boolean,
  log: (m: string) => void,
): Promise<CheckDataSize[]> {
  const out: CheckDataSize[] = [];
  for (const rows of sizes) {
    const dir = join(SCRATCH, `observations-${rows}`);
    const t = Date.now();
    const { bytes } = generateObservations('data', dir, rows);
    log(
      `  generated ${rows.toLocaleString('en-US')} observation rows (${(bytes / 1e6).toFixed(1)} MB) in ${((Date.now() - t) / 1000).toFixed(1)} s; running check-data`,
    );
    const m = await measure(TSX, ['scripts/check-data.ts', dir], 15 * 60_000);
    const ok = m.code === 0 && /: ok \(/.test(m.stdout);
    const output = (ok ? m.stdout : `${m.stdout}\n${m.stderr}`).trim();
    log(
      `  check-data ${rows.toLocaleString('en-US')} rows: ${ok ? 'ok' : `NOT OK (exit ${m.code})`} in ${m.seconds.toFixed(2)} s (${m.cpuSeconds?.toFixed(2) ?? '?'} CPU s), peak RSS ${mib(m.peakRssBytes)}`,
    );
    if (!ok) log(`    ${output.split('\n').slice(-6).join('\n    ')}`);
    const own = /: ok \(.*\) in ([\d.]+) s$/m.exec(m.stdout);
    const checkSeconds = own ? Number(own[1]) : null;
    const duckdb = await duckdbCheck(dir);
    log(
      `  duckdb ${rows.toLocaleString('en-US')} rows: ${duckdb.ok ? 'ok' : `NOT OK: ${duckdb.error}`} in ${duckdb.seconds.toFixed(2)} s (query ${duckdb.querySeconds?.toFixed(2) ?? '?'} s), peak RSS ${mib(duckdb.peakRssBytes)}; check:data / DuckDB = ${checkSeconds && duckdb.querySeconds ? (checkSeconds / duckdb.querySeconds).toFixed(2) : '?'}× (each without start-up), ${(m.seconds / duckdb.seconds).toFixed(2)}× (each process's wall time)`,
    );
    out.push({
      rows,
      bytes,
      seconds: m.seconds,
      cpuSeconds: m.cpuSeconds,
      peakRssBytes: m.peakRssBytes,
      rssMethod: m.rssMethod,
      checkSeconds,
      ok,
      exitCode: m.code,
      output: output.split('\n').slice(-12).join('\n'),
      duckdb,
    });
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** Where render-charts puts a draft data folder's SVGs (mirrors lib/charts/svg-store.ts). */
const chartsDirOf = (dataDir: string) => join('.generated', `charts-${dataDir.replace(/[^A-Za-z0-9]+/g, '_')}`);

export const countPages = (dir: string): number => {
  let n = 0;
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.html')) n++;
    }
  };
  if (existsSync(dir)) walk(dir);
  return n;
};

const spawnSyncSleep = (seconds: number) => spawnSync('sleep', [String(seconds)]);

/** Step timings the build log prints, in seconds. */
export function buildStages(output: string): Record<string, number> {
  const stages: Record<string, number> = {};
  const secs = (v: string, unit: string) => Number(v) * (unit === 'ms' ? 0.001 : unit === 'min' ? 60 : 1);
  const take = (name: string, re: RegExp) => {
    const m = re.exec(output);
    if (m) stages[name] = secs(m[1], m[2]);
  };
  take('render-charts', /render-charts: .* in ([\d.]+) ?(ms|s|min)\b/);
  take('next compile', /Compiled successfully in ([\d.]+) ?(ms|s|min)\b/);
  take('next typescript', /Finished TypeScript in ([\d.]+) ?(ms|s|min)\b/);
  take('next static pages', /Generating static pages .*\) in ([\d.]+) ?(ms|s|min)\b/);
  take('publish-data', /publish-data: .* in ([\d.]+) ?(ms|s|min)\b/);
  take('publish-embeds', /publish-embeds: .* in ([\d.]+) ?(ms|s|min)\b/);
  take('publish-exports', /publish-exports: .* in ([\d.]+) ?(ms|s|min)\b(?! per)/);
  return stages;
}

/** Builds the site (npm run build: check-data, render-charts, next build, publish steps) once, timed. */
export function timedBuild(dataDir: string, outDir: string, logName: string, claims = 0): BuildRun {
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  const cpuBefore = childCpuSeconds();
  let { status, output } = buildSite(dataDir, outDir, logName);
  // next build takes a lock in its output folder; seen failing once on a busy machine with nothing else building there. Retry.
  for (
    let retry = 1;
    status !== 0 && retry <= 2 && /Another .*next build.* process is already running/.test(output);
    retry++
  ) {
    console.log(`  next build said another build holds the lock in ${outDir}; retrying in 20 s (${retry}/2)`);
    spawnSyncSleep(20);
    rmSync(outDir, { recursive: true, force: true });
    ({ status, output } = buildSite(dataDir, outDir, logName));
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = childCpuSeconds();
  const cpuSeconds = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  const log = join('test-results', `${logName}.log`);
  const base = { claims, seconds, cpuSeconds, stages: buildStages(output), pages: countPages(outDir), log };
  if (status === 0) return { ...base, ok: true };
  const tail = output.trim().split('\n').filter(Boolean).slice(-4).join(' / ');
  return { ...base, ok: false, error: `exit ${status}: ${tail.slice(0, 400)}` };
}

export const stageText = (stages: Record<string, number>) =>
  Object.entries(stages)
    .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
    .join(', ');

export async function buildScaling(counts: number[], keep: boolean, log: (m: string) => void): Promise<BuildRun[]> {
  const runs: BuildRun[] = [];
  for (const claims of counts) {
    const dataDir = join(SCRATCH, `claims-${claims}-data`);
    const outDir = join(SCRATCH, `claims-${claims}-site`);
    generateClaims('data', dataDir, claims);
    log(`  building with ${claims} generated claims (log: test-results/bench-build-${claims}-claims.log)`);
    const r = timedBuild(dataDir, outDir, `bench-build-${claims}-claims`, claims);
    log(
      `  ${claims} claims: ${r.ok ? `built ${r.pages} pages in ${r.seconds.toFixed(1)} s, ${r.cpuSeconds?.toFixed(0) ?? '?'} CPU s (${stageText(r.stages)})` : `FAILED after ${r.seconds.toFixed(1)} s: ${r.error}`}`,
    );
    runs.push(r);
    if (!keep) for (const d of [dataDir, outDir, chartsDirOf(dataDir)]) rmSync(d, { recursive: true, force: true });
  }
  return runs;
}
