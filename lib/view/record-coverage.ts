import type { Index } from '../data/evidence';
import type { Claim, Observation, Series } from '../data/records';

/** The page that shows, year by year, which official record exists. */
export const RECORD_HREF = '/record';
/** The years the page shows: federal fiscal years FY2007 to FY2026. */
export const FIRST_FY = 2007;
export const LAST_FY = 2026;

/** What a record measures, as a claim about North Carolina would be checked against it. */
export type RecordMeasure =
  'nc-declined-detainers' | 'nc-detainers' | 'nc-287g' | 'nc-ice-detention' | 'nc-court-caseloads';

export const MEASURE_WORDS: Record<RecordMeasure, { group: string; noun: string; publisher: string }> = {
  'nc-declined-detainers': {
    group: 'North Carolina detainers lodged and declined',
    noun: 'declined-detainer',
    publisher: 'ICE has',
  },
  'nc-detainers': { group: 'North Carolina detainers lodged and declined', noun: 'detainer', publisher: 'ICE has' },
  'nc-287g': { group: '287(g) in North Carolina', noun: '287(g)', publisher: 'ICE has' },
  'nc-ice-detention': { group: 'ICE detention in North Carolina', noun: 'detention', publisher: 'ICE has' },
  'nc-court-caseloads': {
    group: 'North Carolina court caseloads',
    noun: 'court caseload',
    publisher: 'The NC courts have',
  },
};

/** One kind of official record: which series hold it, and what it measures. */
interface RecordKind {
  id: string;
  /** The row's name in the chart (the table gives the full label). */
  short: string;
  label: string;
  measures: RecordMeasure[];
  /** Which published series are this record. */
  holds: (s: Series, obs: Observation[]) => boolean;
  note: string;
}

const inNC = (obs: Observation[]) =>
  obs.length > 0 && obs.every((o) => o.fips === '37' || (o.fips?.length === 5 && o.fips.startsWith('37')));

/** The records the page tracks. Each row's years come from its series' own periods, so it stays true as data is added. */
const KINDS: RecordKind[] = [
  {
    id: 'npr-foia',
    short: 'NPR analysis of ICE records',
    label: "NPR's analysis of ICE records (FOIA), by calendar year",
    measures: ['nc-declined-detainers'],
    holds: (s) => s.id.startsWith('npr-nc-'),
    note: "Calendar years 2007 (October to December) to 2015 (January to July), so each year spans two fiscal years. NPR's derivation, not an ICE publication.",
  },
  {
    id: 'ice-fy2015-records',
    short: 'ICE FY2015 detainer records',
    label: "ICE's FY2015 detainer records (FOIA)",
    measures: ['nc-detainers', 'nc-declined-detainers'],
    holds: (s, obs) => s.id.startsWith('ice-lesa-fy2015-') && inNC(obs),
    note: 'Detainers prepared 2014-10-01 to 2015-07-19, with their lift reasons (among them "Detainer Declined by LEA").',
  },
  {
    id: 'ice-fy2019-statements',
    short: 'ICE FY2019 statements',
    label: "ICE's FY2019 statements to reporters",
    measures: ['nc-declined-detainers'],
    holds: (s) => s.id === 'ice-nc-declined-detainers',
    note: 'Figures ICE gave news outlets; no ICE table was found.',
  },
  {
    id: 'trac-2025',
    short: 'TRAC counts of ICE records',
    label: "TRAC's counts from ICE records (FOIA)",
    measures: ['nc-detainers'],
    holds: (s, obs) => s.publisher.startsWith('TRAC') && inNC(obs),
    note: "TRAC's analysis of ICE records obtained under FOIA (early 2025): detainers issued and people taken into custody, not declines. Never joined to ICE's own totals.",
  },
  {
    id: '287g-rosters',
    short: '287(g) page snapshots',
    label: "ICE's 287(g) page, archived snapshots",
    measures: ['nc-287g'],
    holds: (s) => s.id === 'ice-287g-nc-agencies-2011-2017',
    note: 'Which NC agencies the page listed, 2011-2017.',
  },
  {
    id: '287g-removals',
    short: '287(g) identified, removed',
    label: '287(g) identified and removed (FOIA)',
    measures: ['nc-287g'],
    holds: (s) => s.id.startsWith('ice-287g-removed-'),
    note: 'Per NC agency, FY2006-2013; a blank year is no figure, not zero.',
  },
  {
    id: '287g-2025-sheets',
    short: '287(g) agreements lists',
    label: "ICE's 287(g) participating-agencies sheets",
    measures: ['nc-287g'],
    holds: (s) => s.id === 'ice-287g-nc-agreements-2025' || s.id.startsWith('ice-287g-nc-agreements-by-county-'),
    note: "Agreements on ICE's list, May to July 2025.",
  },
  {
    id: '287g-2026-pdfs',
    short: '287(g) MOA PDFs',
    label: "MOA PDFs linked on ICE's 287(g) page",
    measures: ['nc-287g'],
    holds: (s) => s.id.startsWith('nc-287g-moa-pdfs-by-'),
    note: 'PDFs linked in June-August 2026: not agreements, and not proof one is active.',
  },
  {
    id: 'ice-detention',
    short: 'ICE detention by facility',
    label: 'ICE detention statistics, by facility',
    measures: ['nc-ice-detention'],
    holds: (s) => s.id.startsWith('ice-detention-adp-'),
    note: "Average daily population per NC facility from ICE's releases; the latest year is partial. Detention is not detainers.",
  },
  {
    id: 'nc-aoc',
    short: 'NC court caseloads',
    label: 'NC Administrative Office of the Courts caseloads',
    measures: ['nc-court-caseloads'],
    holds: (s) => s.id.startsWith('nc-aoc-'),
    note: 'State fiscal years (July to June), so each spans two federal fiscal years.',
  },
];

/** Federal FY that holds a date: October starts the next FY. */
const fyOf = (date: string) => Number(date.slice(0, 4)) + (Number(date.slice(5, 7)) >= 10 ? 1 : 0);

/** The federal FYs an observation's period touches (a point in time touches one); none when it has no date. */
function fysOf(o: Observation): number[] {
  const start = o.period_start ?? o.period_end;
  const end = o.period_end ?? o.period_start;
  if (!start || !end) return [];
  const out: number[] = [];
  for (let y = fyOf(start); y <= fyOf(end); y++) out.push(y);
  return out;
}

export interface RecordRow {
  id: string;
  group: string;
  short: string;
  label: string;
  measures: RecordMeasure[];
  note: string;
  /** The FYs, within FY2007-FY2026, that at least one of its published figures covers. */
  years: number[];
  /** Every FY its figures cover, the page's range or not (287(g) removals start in FY2006). */
  allYears: number[];
  seriesIds: string[];
  /** Each published figure's place and dates, to answer whether the record covers a claim's place and period. */
  figures: Array<{ fips: string | null; start: string; end: string }>;
}

export interface RecordCoverage {
  rows: RecordRow[];
  fiscalYears: number[];
  /** The newest FY with any published NC declined-detainer figure; null if none. */
  lastDeclinedFy: number | null;
  summary: string;
}

const fyWords = (a: number, b: number) => (a === b ? `FY${a}` : `FY${a}–FY${b}`);

const coverages = new WeakMap<Index, RecordCoverage>();

/** Which official record exists, year by year, from the published series' own periods. Built once per index. */
export function recordCoverage(index: Index): RecordCoverage {
  const hit = coverages.get(index);
  if (hit) return hit;
  const coverage = buildCoverage(index);
  coverages.set(index, coverage);
  return coverage;
}

function buildCoverage(index: Index): RecordCoverage {
  const bySeries = new Map<string, Observation[]>();
  for (const o of index.data.observations) bySeries.set(o.series_id, [...(bySeries.get(o.series_id) ?? []), o]);
  const fiscalYears = Array.from({ length: LAST_FY - FIRST_FY + 1 }, (_, i) => FIRST_FY + i);
  const rows = KINDS.map((k) => {
    const series = index.data.series.filter((s) => k.holds(s, bySeries.get(s.id) ?? []));
    const all = new Set(series.flatMap((s) => (bySeries.get(s.id) ?? []).flatMap(fysOf)));
    const allYears = [...all].sort((a, b) => a - b);
    const figures = series
      .flatMap((s) => bySeries.get(s.id) ?? [])
      .flatMap((o) => {
        const start = o.period_start ?? o.period_end;
        const end = o.period_end ?? o.period_start;
        return start && end ? [{ fips: o.fips, start, end }] : [];
      });
    return {
      id: k.id,
      group: MEASURE_WORDS[k.measures[0]].group,
      short: k.short,
      label: k.label,
      measures: k.measures,
      note: k.note,
      years: allYears.filter((y) => y >= FIRST_FY && y <= LAST_FY),
      allYears,
      seriesIds: series.map((s) => s.id),
      figures,
    };
  });
  const declined = rows.filter((r) => r.measures.includes('nc-declined-detainers')).flatMap((r) => r.allYears);
  const lastDeclinedFy = declined.length ? Math.max(...declined) : null;
  const summary =
    `Year by year, FY${FIRST_FY} to FY${LAST_FY}, which official North Carolina record is published here. ` +
    (lastDeclinedFy
      ? `The newest North Carolina declined-detainer figure is for FY${lastDeclinedFy}; none has been published for ${lastDeclinedFy < LAST_FY ? fyWords(lastDeclinedFy + 1, LAST_FY) : 'any later year'}. `
      : 'No North Carolina declined-detainer figure is published. ') +
    rows.map((r) => `${r.label}: ${r.years.length ? spans(r.years) : 'none in these years'}.`).join(' ');
  return { rows, fiscalYears, lastDeclinedFy, summary };
}

/** Runs of consecutive FYs in words: "FY2008–FY2015, FY2019". */
export function spans(years: number[]): string {
  const out: string[] = [];
  let start = years[0];
  for (let i = 1; i <= years.length; i++) {
    if (years[i] !== years[i - 1] + 1) {
      out.push(fyWords(start, years[i - 1]));
      start = years[i];
    }
  }
  return out.join(', ');
}

export interface RecordAnswer {
  /** Whether some published record of the measure covers the place and part of the period. */
  exists: boolean;
  /** "ICE has published no North Carolina declined-detainer figure for FY2025." when none does; null when one does. */
  sentence: string | null;
  /** The records of the measure that do exist, with their years: "NPR's analysis … (FY2008–FY2015); …". */
  existing: string;
  href: string;
}

/**
 * Is there a published record of measure M for the place and the period start..end? A figure covers it when it
 * is for the same place (its FIPS) and its dates overlap the period. With the sentence to print when none does.
 */
export function recordFor(
  coverage: RecordCoverage,
  measure: RecordMeasure,
  start: string | null,
  end: string | null,
  fips = '37',
  place = 'North Carolina',
): RecordAnswer {
  const rows = coverage.rows.filter((r) => r.measures.includes(measure));
  const existing = rows
    .filter((r) => r.allYears.length)
    .map((r) => `${r.label} (${spans(r.allYears)})`)
    .join('; ');
  const from = start ?? end;
  const to = end ?? start;
  if (!from || !to) return { exists: true, sentence: null, existing, href: RECORD_HREF };
  const covered = rows.some((r) => r.figures.some((f) => f.fips === fips && f.start <= to && f.end >= from));
  if (covered) return { exists: true, sentence: null, existing, href: RECORD_HREF };
  const w = MEASURE_WORDS[measure];
  return {
    exists: false,
    sentence: `${w.publisher} published no ${place} ${w.noun} figure for ${fyWords(fyOf(from), fyOf(to))}.`,
    existing,
    href: RECORD_HREF,
  };
}

/** The record measure a claim about North Carolina states, from its unit; null for other places or measures. */
export function claimMeasure(claim: Claim): RecordMeasure | null {
  if (!claim.fips?.startsWith('37')) return null;
  const unit = claim.unit;
  if (unit === 'declined detainers') return 'nc-declined-detainers';
  if (unit === 'detainers') return 'nc-detainers';
  if (unit === 'agreements') return 'nc-287g';
  if (unit === 'average daily population') return 'nc-ice-detention';
  return null;
}

/** For a claim whose stated period no published record covers: the sentence and the page link. Null otherwise. */
export function claimRecordGap(
  coverage: RecordCoverage,
  claim: Claim,
  countyName: (fips: string) => string | null = () => null,
): RecordAnswer | null {
  const measure = claimMeasure(claim);
  if (!measure || !claim.fips || (!claim.period_start && !claim.period_end)) return null;
  const place =
    claim.fips === '37' ? 'North Carolina' : (countyName(claim.fips) ?? claim.geography ?? 'North Carolina');
  const answer = recordFor(coverage, measure, claim.period_start, claim.period_end, claim.fips, place);
  return answer.exists ? null : answer;
}
