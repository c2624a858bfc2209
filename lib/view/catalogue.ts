import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, loadTables } from '../data/dataset';
import { sha256 } from '../data/load-package';
import { RESOURCE_OF } from '../data/records';
import type { Field, Resource } from '../data/schema';
import { formatDate } from '../format/period';
import { type DataAsOf, dataAsOf } from './data-as-of';

export interface CatalogueSource {
  title: string;
  url: string | null;
}

export interface DatasetEntry {
  name: string;
  title: string;
  description: string;
  caveats: string | null;
  file: string;
  rows: number;
  columns: number;
  fields: Field[];
  sha256: string;
  bytes: number;
  period: string | null;
  geography: string | null;
  sources: CatalogueSource[];
  sourceCount: number;
  licence: { name: string; title: string; path: string };
  /** The newest period the rows cover ("data as of"), read from the data: not the file's date. */
  asOf: DataAsOf | null;
  /** When the file last changed (its last commit): not how current its figures are. */
  lastUpdated: string | null;
  href: string;
  csvHref: string;
  jsonHref: string;
  schemaHref: string;
  pages: number;
}

interface ResourceExtras {
  sources?: Array<{ title: string; path?: string }>;
  caveats?: string;
}

const stem = (file: string) => file.replace(/\.csv$/, '');
export const DATA_URL_PREFIX = '/data';
export const ZIP_NAME = 'on-the-record-data.zip';
/** Dataset tables load this many rows at a time from /data/pages/<file>-<n>.json. */
export const PAGE_ROWS = 100;
export const pageHref = (file: string, page: number) =>
  `${DATA_URL_PREFIX}/pages/${file.replace(/\.csv$/, '')}-${page}.json`;
/** The columnar index (lib/view/table-index.ts) the table fetches to filter and sort every row. */
export const indexHref = (file: string) => `${DATA_URL_PREFIX}/pages/${file.replace(/\.csv$/, '')}.index.json`;

/**
 * The date of the last commit that touched each file under a folder, from one `git log` run per folder
 * per process (the build asks for every resource on every dataset page). Empty outside a git checkout.
 */
const commitDates = new Map<string, Map<string, string>>();
function lastCommitDates(dir: string): Map<string, string> {
  const hit = commitDates.get(dir);
  if (hit) return hit;
  const dates = new Map<string, string>();
  try {
    const out = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--relative', '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 << 20,
    });
    for (const commit of out.split('\0').slice(1)) {
      const [date, ...files] = commit.split('\n').filter(Boolean);
      for (const f of files) if (!dates.has(f)) dates.set(f, date);
    }
  } catch {
    // not a git checkout: no dates
  }
  commitDates.set(dir, dates);
  return dates;
}

function span(rows: Array<Record<string, unknown>>): string | null {
  const starts = rows
    .map((r) => r.period_start)
    .filter((v): v is string => typeof v === 'string')
    .sort();
  const ends = rows
    .map((r) => r.period_end)
    .filter((v): v is string => typeof v === 'string')
    .sort();
  if (!starts.length || !ends.length) return null;
  return `${formatDate(starts[0])} – ${formatDate(ends[ends.length - 1])}`;
}

function geographies(rows: Array<Record<string, unknown>>): string | null {
  const names = [
    ...new Set(
      rows
        .map((r) => r.geography ?? (r.county ? 'North Carolina counties' : undefined))
        .filter((v): v is string => typeof v === 'string'),
    ),
  ];
  if (!names.length) return null;
  return names.length <= 3 ? names.join('; ') : `${names.length} areas, including ${names.slice(0, 3).join('; ')}`;
}

const catalogues = new Map<string, DatasetEntry[]>();

/** Every resource of the data package, described for the /data catalogue and the downloads. Built once per folder. */
export function catalogue(dir: string = dataDir()): DatasetEntry[] {
  const hit = catalogues.get(dir);
  if (hit) return hit;
  const entries = describe(dir);
  catalogues.set(dir, entries);
  return entries;
}

function describe(dir: string): DatasetEntry[] {
  const { pkg, tables } = loadTables(dir);
  const sourceRows = tables[RESOURCE_OF.sources] ?? [];
  const sourceById = new Map(sourceRows.map((r) => [String(r.values.id), r.values]));
  const licence = (pkg.licenses as DatasetEntry['licence'][] | undefined)?.[0] ?? {
    name: 'CC-BY-4.0',
    title: 'Creative Commons Attribution 4.0',
    path: 'https://creativecommons.org/licenses/by/4.0/',
  };
  return pkg.resources.map((resource: Resource & ResourceExtras) => {
    const path = join(dir, resource.path);
    const bytes = readFileSync(path);
    const rows = (tables[resource.name] ?? []).map((r) => r.values);
    let sources: CatalogueSource[];
    let sourceCount: number;
    if (resource.sources?.length) {
      sources = resource.sources.map((s) => ({ title: s.title, url: s.path ?? null }));
      sourceCount = sources.length;
    } else if (resource.schema.fields.some((f) => f.name === 'source_id')) {
      const ids = [...new Set(rows.map((r) => String(r.source_id)))];
      sources = ids
        .map((id) => sourceById.get(id))
        .filter(Boolean)
        .map((s) => ({ title: String(s!.title), url: String(s!.url) }));
      sourceCount = sources.length;
    } else {
      sources = [{ title: 'Compiled by On the Record; each row cites its documents in the sources table', url: null }];
      sourceCount = 0;
    }
    const name = stem(resource.path);
    return {
      name: resource.name,
      title: resource.title ?? resource.name,
      description: resource.description ?? '',
      caveats: resource.caveats ?? null,
      file: resource.path,
      rows: rows.length,
      columns: resource.schema.fields.length,
      fields: resource.schema.fields,
      sha256: sha256(bytes),
      bytes: bytes.length,
      period: span(rows),
      geography: geographies(rows),
      sources,
      sourceCount,
      licence,
      asOf: dataAsOf(rows),
      lastUpdated: lastCommitDates(dir).get(resource.path) ?? null,
      href: `${DATA_URL_PREFIX}/${resource.name}`,
      csvHref: `${DATA_URL_PREFIX}/${resource.path}`,
      jsonHref: `${DATA_URL_PREFIX}/${name}.json`,
      schemaHref: `${DATA_URL_PREFIX}/${name}.schema.json`,
      pages: Math.max(1, Math.ceil(rows.length / PAGE_ROWS)),
    };
  });
}

/** Files that describe the record rather than hold its figures: their dates are not the data's currency. */
// observations mixes every series, so its newest period says nothing about any one of them.
const NOT_FIGURES = new Set(['units', 'sources', 'series', 'observations', 'stories', 'claims', 'claim_evidence']);

/** The datasets of figures with the newest period each covers, for "how current is the record" lists. */
export function dataCurrency(entries: DatasetEntry[] = catalogue()): Array<DatasetEntry & { asOf: DataAsOf }> {
  return entries.filter((e): e is DatasetEntry & { asOf: DataAsOf } => e.asOf !== null && !NOT_FIGURES.has(e.name));
}
