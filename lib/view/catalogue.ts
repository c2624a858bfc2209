import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, loadTables } from '../data/dataset';
import { sha256 } from '../data/load-package';
import { RESOURCE_OF } from '../data/records';
import type { Field, Resource } from '../data/schema';
import { formatDate } from '../format/period';

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
export const pageHref = (file: string, page: number) => `${DATA_URL_PREFIX}/pages/${file.replace(/\.csv$/, '')}-${page}.json`;

/** The date of the last commit that touched a data file; null outside a git checkout. */
function lastCommitDate(path: string): string | null {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return out || null;
  } catch {
    return null;
  }
}

function span(rows: Array<Record<string, unknown>>): string | null {
  const starts = rows.map((r) => r.period_start).filter((v): v is string => typeof v === 'string').sort();
  const ends = rows.map((r) => r.period_end).filter((v): v is string => typeof v === 'string').sort();
  if (!starts.length || !ends.length) return null;
  return `${formatDate(starts[0])} – ${formatDate(ends[ends.length - 1])}`;
}

function geographies(rows: Array<Record<string, unknown>>): string | null {
  const names = [...new Set(rows.map((r) => r.geography ?? (r.county ? 'North Carolina counties' : undefined)).filter((v): v is string => typeof v === 'string'))];
  if (!names.length) return null;
  return names.length <= 3 ? names.join('; ') : `${names.length} areas, including ${names.slice(0, 3).join('; ')}`;
}

/** Every resource of the data package, described for the /data catalogue and the downloads. */
export function catalogue(dir: string = dataDir()): DatasetEntry[] {
  const { pkg, tables } = loadTables(dir);
  const sourceRows = tables[RESOURCE_OF.sources] ?? [];
  const sourceById = new Map(sourceRows.map((r) => [String(r.values.id), r.values]));
  const licence = (pkg.licenses as DatasetEntry['licence'][] | undefined)?.[0] ?? { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' };
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
      sources = ids.map((id) => sourceById.get(id)).filter(Boolean).map((s) => ({ title: String(s!.title), url: String(s!.url) }));
      sourceCount = sources.length;
    } else {
      sources = [{ title: 'Compiled by On the Record; each row cites its documents through sources.csv', url: null }];
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
      lastUpdated: lastCommitDate(path),
      href: `${DATA_URL_PREFIX}/${resource.name}`,
      csvHref: `${DATA_URL_PREFIX}/${resource.path}`,
      jsonHref: `${DATA_URL_PREFIX}/${name}.json`,
      schemaHref: `${DATA_URL_PREFIX}/${name}.schema.json`,
      pages: Math.max(1, Math.ceil(rows.length / PAGE_ROWS)),
    };
  });
}
