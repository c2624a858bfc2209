/** Shapes of what each bench section measures. */

export type RouteType =
  'home' | 'story' | 'claim' | 'chart' | 'embed' | 'data' | 'dataset' | 'catalogue' | 'county' | 'explore' | 'check';

export interface LinkedFile {
  /** URL path as linked, e.g. /_next/static/chunks/x.js */
  url: string;
  kind: 'js' | 'css' | 'other';
  raw: number;
  gzip: number;
}

export interface RouteWeight {
  route: string;
  type: RouteType;
  /** gzip -9 of the whole HTML document (inline scripts and styles included). */
  html: number;
  htmlRaw: number;
  /** Of the HTML, its inline <script> and <style> contents, gzipped on their own (information only; already in html). */
  inlineScript: number;
  inlineStyle: number;
  /** Linked files fetched before interaction, each gzipped on its own and summed. */
  js: number;
  css: number;
  other: number;
  /** html + js + css + other */
  page: number;
  /** the HTML plus every linked file */
  requests: number;
  files: LinkedFile[];
  /** Chunks only reachable through dynamic import() from the loaded chunks (recharts, on first pointer/focus). */
  lazy: LinkedFile[];
  lazyJs: number;
  /** <script nomodule> files: not fetched by modern browsers, so not counted above. */
  nomodule: LinkedFile[];
}

export interface MaxOf {
  value: number;
  route: string;
}

export interface TypeWeights {
  type: RouteType;
  count: number;
  representative: RouteWeight | null;
  max: { html: MaxOf; css: MaxOf; js: MaxOf; page: MaxOf; requests: MaxOf; lazyJs: MaxOf };
}

export interface WeightsResult {
  error?: string;
  site: string;
  types: TypeWeights[];
  /** Single files with their own budgets (public/embed.js). */
  files: Array<{ path: string; raw: number; gzip: number }>;
  /** Every JS chunk any route loads before interaction, with what it holds, heaviest first. */
  chunks: Array<{ url: string; gzip: number; raw: number; label: string; routes: number; lazy: boolean }>;
  buildSeconds: number;
}

export interface LighthouseMedian {
  performance: number | null;
  accessibility: number | null;
  'best-practices': number | null;
  seo: number | null;
  lcp: number | null;
  cls: number | null;
  tbt: number | null;
}

export interface LighthousePage {
  type: RouteType;
  route: string;
  runs: LighthouseMedian[];
  median: LighthouseMedian;
  runErrors: string[];
  /** Failed audits of the median-performance run, for the report (id: title). */
  failedAudits: Record<string, string[]>;
}

export interface LighthouseResult {
  error?: string;
  lighthouseVersion: string;
  userAgent: string;
  /** Content-Encoding the local server answered a page with ('identity' = uncompressed). */
  encoding: string;
  /** Lighthouse's CPU benchmark of this machine, one per run (its simulated throttling scales from it). */
  benchmarkIndex: number[];
  pages: LighthousePage[];
  firstInteraction?: FirstInteractionPage[];
  firstInteractionError?: string;
}

/** The runtime's cost when the reader first interacts (bench/first-interaction.ts); medians of the runs. */
export interface FirstInteractionPage {
  type: RouteType;
  route: string;
  runs: number;
  cpuSlowdown: number;
  /** From the loader's start mark to React's live mark. */
  hydrateMs: number;
  /** Sum over long tasks in that span of the part over 50 ms. */
  blockingMs: number;
  longestMs: number;
  /** Files fetched after the interaction, each gzipped at level 9 as in the weights table, kB. */
  kB: number;
}

export interface CheckDataSize {
  rows: number;
  bytes: number;
  seconds: number;
  /** user + system CPU seconds of the whole process tree (contention inflates wall time, much less CPU time) */
  cpuSeconds: number | null;
  peakRssBytes: number | null;
  rssMethod: string;
  /** The check's own time, start-up excluded, as check:data prints it. */
  checkSeconds: number | null;
  ok: boolean;
  exitCode: number | null;
  output: string;
  /** DuckDB on the same file in the same run (bench/duckdb-check.ts), started the same way: the yardstick. */
  duckdb?: DuckdbRun;
}

export interface DuckdbRun {
  /** Wall time of the process, start-up included, as check:data's is. */
  seconds: number;
  /** The query alone, timed inside the process. */
  querySeconds: number | null;
  peakRssBytes: number | null;
  /** Read every row with its types, and found the primary key unique. */
  ok: boolean;
  version: string;
  error?: string;
}

export interface DataResult {
  error?: string;
  sizes: CheckDataSize[];
}

export interface BuildRun {
  claims: number;
  ok: boolean;
  seconds: number;
  /** user + system CPU seconds of every process the build ran */
  cpuSeconds: number | null;
  /** Step timings the build prints (seconds): render-charts, compile, typescript, static pages, publish-*. */
  stages: Record<string, number>;
  pages: number;
  error?: string;
  log: string;
}

export interface BuildResult {
  error?: string;
  runs: BuildRun[];
}

export interface BenchResults {
  /** The build of data/ that weights and Lighthouse measure (claims = 0 generated). */
  siteBuild?: BuildRun;
  weights?: WeightsResult;
  lighthouse?: LighthouseResult;
  data?: DataResult;
  build?: BuildResult;
}
