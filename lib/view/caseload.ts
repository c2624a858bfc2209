import type { Tables } from '../data/validate-keys';

/** One row of data/nc_aoc_caseload.csv (see data/README.md). */
export interface CaseloadRecord {
  period: string;
  period_start: string;
  period_end: string;
  county: string;
  fips: string;
  jurisdiction: 'District Criminal' | 'Superior Criminal';
  case_type: string;
  measure: 'Filed' | 'Disposed' | 'End Pending';
  cases: number;
  population: number;
  record_id: string;
}

export interface County {
  fips: string;
  name: string;
  /** /counties/<slug>: the name in lower case, spaces as hyphens (contract shared with other branches). */
  slug: string;
}

/** A caseload measure: one court, one case type, one count. Its id is the id of its statewide series. */
export interface CaseloadMeasure {
  id: string;
  jurisdiction: CaseloadRecord['jurisdiction'];
  caseType: string;
  measure: CaseloadRecord['measure'];
  /** "Superior Court felonies filed". */
  label: string;
}

export const CASELOAD_RESOURCE = 'nc_aoc_caseload';
export const CASELOAD_SOURCE_ID = 'nc-aoc-caseload-inventory';

/** The caseload rows of a loaded package; none when the package has no such resource (a draft folder). */
export function caseloadRecords(tables: Tables): CaseloadRecord[] {
  return (tables[CASELOAD_RESOURCE] ?? []).map((r) => r.values as unknown as CaseloadRecord);
}

/** Lower case, runs of anything else as one hyphen: the rule scripts/derive/nc-aoc.ts names series by. */
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const countySlug = slug;

/** Every county in the records, by name. */
export function counties(records: CaseloadRecord[]): County[] {
  const byFips = new Map<string, string>();
  for (const r of records) byFips.set(r.fips, r.county);
  return [...byFips]
    .map(([fips, name]) => ({ fips, name, slug: countySlug(name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The county page of a 5-digit FIPS code (a claim's `fips`, say); null for the state, the nation or an unknown code. */
export function countyPage(records: CaseloadRecord[], fips: string | null): { name: string; href: string } | null {
  const county = fips ? counties(records).find((c) => c.fips === fips) : undefined;
  return county ? { name: `${county.name} County`, href: `/counties/${county.slug}` } : null;
}

/** Periods in time order (FY2012-13 … FY2019-20). */
export const caseloadPeriods = (records: CaseloadRecord[]) => [...new Set(records.map((r) => r.period))].sort();

const COURT = { 'District Criminal': 'District Court', 'Superior Criminal': 'Superior Court' } as const;
const CASE_WORDS: Record<string, string> = {
  Felonies: 'felonies',
  'Misdemeanors (Non-MV)': 'misdemeanors (non-motor-vehicle)',
  'Misdemeanors (Traffic)': 'misdemeanors (traffic)',
};
const MEASURE_WORDS = { Filed: 'filed', Disposed: 'disposed', 'End Pending': 'pending at year end' } as const;
/** Infractions appear in four records only, under category Criminal; the data keep them but never sum or chart them. */
const CHARTED_CASE_TYPES = Object.keys(CASE_WORDS);

/** The statewide series id scripts/derive/nc-aoc.ts gives the same measure, e.g. nc-aoc-superior-criminal-felonies-filed. */
export const caseloadMeasureId = (jurisdiction: string, caseType: string, measure: string) =>
  `nc-aoc-${slug([jurisdiction, caseType, measure].join(' '))}`;

/** Every court × case type × count the records hold, Superior Court first. */
export function caseloadMeasures(records: CaseloadRecord[]): CaseloadMeasure[] {
  const seen = new Map<string, CaseloadMeasure>();
  for (const r of records) {
    if (!CHARTED_CASE_TYPES.includes(r.case_type)) continue;
    const id = caseloadMeasureId(r.jurisdiction, r.case_type, r.measure);
    if (!seen.has(id)) {
      seen.set(id, {
        id,
        jurisdiction: r.jurisdiction,
        caseType: r.case_type,
        measure: r.measure,
        label: `${COURT[r.jurisdiction]} ${CASE_WORDS[r.case_type]} ${MEASURE_WORDS[r.measure]}`,
      });
    }
  }
  const order = (m: CaseloadMeasure) => [
    m.jurisdiction === 'Superior Criminal' ? 0 : 1,
    CHARTED_CASE_TYPES.indexOf(m.caseType),
    ['Filed', 'Disposed', 'End Pending'].indexOf(m.measure),
  ];
  return [...seen.values()].sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

export const courtName = (jurisdiction: CaseloadRecord['jurisdiction']) => COURT[jurisdiction];

/** The records of one measure. */
export const recordsOf = (
  records: CaseloadRecord[],
  m: Pick<CaseloadMeasure, 'jurisdiction' | 'caseType' | 'measure'>,
) => records.filter((r) => r.jurisdiction === m.jurisdiction && r.case_type === m.caseType && r.measure === m.measure);

/** Cases per 10,000 residents of the record's own population, to one decimal; null without a population. */
export function per10k(cases: number, population: number): number | null {
  if (!(population > 0)) return null;
  return Math.round((cases / population) * 100_000) / 10;
}
