// Reads NPR's FOIA-based exports of ICE detainer records (GitHub
// nprapps/sanctuary-cities) and merges two national series into data/:
// detainers by calendar year, and detainers whose lift reason is "Detainer
// Declined by LEA" by calendar year. Values are read from single file rows
// (nothing is summed); the monthly file is used only to check the annual
// totals and to find which months each year covers.
// Run from the project root: npx tsx scripts/derive/npr.ts
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { RAW_DIR, Row, int, md5, mergeRows } from "./write-rows";

const DIR = path.join(RAW_DIR, "npr-sanctuary-cities");
const FILES = {
  all: "all_detainers_by_year.csv",
  reason: "detainers_by_lift_reason_and_year.csv",
  lifted: "lifted_detainers_by_year.csv",
  month: "detainers_by_year_and_month.csv",
} as const;
const SOURCE_ID = "npr-sanctuary-cities-foia";
const MIRROR = { repo: "nprapps/sanctuary-cities", branch: "reporting-analysis", commit: "f80c438", dir: "export" };
const DECLINED = "Detainer Declined by LEA";
const SERIES_ALL = "npr-us-detainers-by-year";
const SERIES_DECLINED = "npr-us-declined-detainers-by-year";
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function read(file: string, columns: string[]): Row[] {
  const parsed = Papa.parse<Row>(fs.readFileSync(path.join(DIR, file), "utf8"), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${file}: ${parsed.errors[0].message}`);
  for (const col of columns) if (!parsed.meta.fields?.includes(col)) throw new Error(`${file}: no column ${col}`);
  return parsed.data;
}

// One value per key; fail loudly on duplicates or odd cells.
function byYear(file: string, rows: Row[], keep: (r: Row) => boolean = () => true): Map<number, number> {
  const m = new Map<number, number>();
  for (const r of rows.filter(keep)) {
    const year = int(r.year, `${file} year`);
    if (m.has(year)) throw new Error(`${file}: two rows for ${year}`);
    m.set(year, int(r.count, `${file} ${year} count`));
  }
  return m;
}

const all = byYear(FILES.all, read(FILES.all, ["year", "count"]));
const reasonRows = read(FILES.reason, ["year", "lift_reason", "count"]);
const declined = byYear(FILES.reason, reasonRows, (r) => r.lift_reason === DECLINED);
const lifted = byYear(FILES.lifted, read(FILES.lifted, ["year", "count"]));

// Monthly counts: which months each year covers, and a check on the annual totals.
const months = new Map<number, Map<number, number>>();
for (const r of read(FILES.month, ["year_month", "count"])) {
  const m = /^(\d{4})-(\d{2})$/.exec(r.year_month);
  if (!m) throw new Error(`${FILES.month}: odd year_month ${JSON.stringify(r.year_month)}`);
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (!months.has(year)) months.set(year, new Map());
  if (months.get(year)!.has(month)) throw new Error(`${FILES.month}: two rows for ${r.year_month}`);
  months.get(year)!.set(month, int(r.count, `${FILES.month} ${r.year_month} count`));
}

const years = [...all.keys()].sort((a, b) => a - b);
const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
for (const [file, m] of [[FILES.reason, declined], [FILES.lifted, lifted], [FILES.month, months]] as const) {
  if (!same([...m.keys()].sort((a, b) => a - b), years)) throw new Error(`${file}: years differ from ${FILES.all}`);
}
// The lift-reason rows of a year add up to that year's lifted detainers.
for (const y of years) {
  const sum = reasonRows.filter((r) => int(r.year, "year") === y).reduce((s, r) => s + int(r.count, "count"), 0);
  if (sum !== lifted.get(y)) throw new Error(`${FILES.reason} ${y}: lift reasons sum to ${sum}, not ${lifted.get(y)}`);
}

interface Coverage { first: number; last: number; full: boolean }
const coverage = new Map<number, Coverage>();
for (const y of years) {
  const ms = [...months.get(y)!.keys()].sort((a, b) => a - b);
  const [first, last] = [ms[0], ms[ms.length - 1]];
  if (ms.length !== last - first + 1) throw new Error(`${FILES.month} ${y}: months are not contiguous`);
  const total = [...months.get(y)!.values()].reduce((s, c) => s + c, 0);
  if (total !== all.get(y)) throw new Error(`${FILES.month} ${y}: months sum to ${total}, not ${all.get(y)}`);
  const c = { first, last, full: first === 1 && last === 12 };
  // Only the first and last years may be partial.
  if (!c.full && y !== years[0] && y !== years[years.length - 1]) throw new Error(`${y}: partial year inside the range`);
  coverage.set(y, c);
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthSpan = (c: Coverage) => `${MONTHS[c.first - 1]}-${MONTHS[c.last - 1]}`;
const short = (c: Coverage) => `${MONTHS[c.first - 1].slice(0, 3)}-${MONTHS[c.last - 1].slice(0, 3)}`;

function period(y: number) {
  const c = coverage.get(y)!;
  return {
    label: c.full ? `${y}` : `${y} (${short(c)} only)`,
    period: c.full ? `${y}` : `${y} (${monthSpan(c)} only; partial year)`,
    period_type: c.full ? "calendar" : "range-other",
    period_start: `${y}-${pad(c.first)}-01`,
    period_end: `${y}-${pad(c.last)}-${pad(lastDay(y, c.last))}`,
    partial: c.full
      ? ""
      : ` Partial year: ${FILES.month} has records for ${y} only from ${y}-${pad(c.first)} to ${y}-${pad(c.last)}` +
        (y === years[years.length - 1] ? `, the last month in the file, which may itself be incomplete.` : `, the first month in the file.`),
  };
}

const origin =
  `FOIA-derived: NPR's analysis of ICE detainer records obtained under the Freedom of Information Act (GitHub ${MIRROR.repo}, ` +
  `branch ${MIRROR.branch} @${MIRROR.commit}), not an official ICE publication.`;
const notIce =
  "Calendar years, so not comparable year for year with TRAC's FOIA-based counts or ICE's annual-report totals, which use federal fiscal years; FOIA extracts of different vintages give different counts.";
const lowerBound = "Lower bound: ICE records a declined detainer only when it learns of the release.";
const reasonYear =
  `The year is as NPR's lift-reason export gives it. That export has no month field, so the months a partial year covers are ` +
  `taken from NPR's monthly export of all detainers (${FILES.month}) and assumed to hold for it too.`;
const firstYear = years[0];
const lastYear = years[years.length - 1];
const partialYears = years.filter((y) => !coverage.get(y)!.full).map((y) => `${y} covers ${monthSpan(coverage.get(y)!)} only`).join(" and ");

const observations: Row[] = [];
for (const y of years) {
  const p = period(y);
  const base = {
    period: p.period,
    period_type: p.period_type,
    period_start: p.period_start,
    period_end: p.period_end,
    geography: "United States",
    fips: "US",
    qualifier: "exact",
    source_id: SOURCE_ID,
    locator_type: "table",
    confidence: "medium",
  };
  observations.push({
    id: `npr-us-detainers-${y}`,
    series_id: SERIES_ALL,
    label: p.label,
    ...base,
    value: String(all.get(y)),
    unit: "detainers",
    locator: `${MIRROR.dir}/${FILES.all}, row year=${y}: count ${all.get(y)}`,
    note: `${origin} ${notIce}${p.partial}`,
  });
  observations.push({
    id: `npr-us-declined-detainers-${y}`,
    series_id: SERIES_DECLINED,
    label: p.label,
    ...base,
    value: String(declined.get(y)),
    unit: "declined detainers",
    locator: `${MIRROR.dir}/${FILES.reason}, row year=${y}, lift_reason=${DECLINED}: count ${declined.get(y)}`,
    note: `${origin} ${lowerBound} ${reasonYear}${p.partial}`,
  });
}

const caveatsCommon = `${origin} ${notIce} Partial years: ${partialYears}.`;
const series: Row[] = [
  {
    id: SERIES_ALL,
    title: "ICE detainers nationally by calendar year, from ICE records obtained by NPR (FOIA)",
    short_title: "NPR FOIA: U.S. detainers by year",
    measure: `ICE detainers in the ICE detainer records NPR obtained under FOIA, counted by calendar year in NPR's export (${FILES.all})`,
    unit: "detainers",
    geography: "United States",
    fips: "US",
    period_type: "calendar",
    publisher: "NPR (analysis of ICE records obtained under FOIA)",
    caveats: `${caveatsCommon} Not TRAC's counts and not ICE's annual totals; do not join them into one series.`,
  },
  {
    id: SERIES_DECLINED,
    title: "Detainers declined by law enforcement nationally by calendar year, from ICE records obtained by NPR (FOIA)",
    short_title: "NPR FOIA: U.S. declined detainers by year",
    measure: `Detainers whose lift reason in ICE's records is "${DECLINED}", counted by calendar year in NPR's export of the ICE detainer records it obtained under FOIA (${FILES.reason})`,
    unit: "declined detainers",
    geography: "United States",
    fips: "US",
    period_type: "calendar",
    publisher: "NPR (analysis of ICE records obtained under FOIA)",
    caveats:
      `ICE records a declined detainer only when it learns of the release, so every figure is a lower bound. ${caveatsCommon} ` +
      `The lift-reason export covers lifted detainers only (each year's lift reasons add up to ${FILES.lifted}). ${reasonYear}`,
  },
];

const source: Row = {
  id: SOURCE_ID,
  title: `[NPR analysis of ICE detainer records obtained under FOIA, ${firstYear}-${lastYear}: ${MIRROR.dir}/ CSV files, GitHub]`,
  publisher: `NPR (GitHub ${MIRROR.repo}; records from U.S. Immigration and Customs Enforcement)`,
  date: "",
  url: `https://github.com/${MIRROR.repo}/tree/${MIRROR.commit}/${MIRROR.dir}`,
  kind: "public-data-file",
  access_note:
    `Folder ${MIRROR.dir}/ of branch ${MIRROR.branch} at commit ${MIRROR.commit}. md5 of the copies read: ` +
    `${FILES.all} ${md5(path.join(DIR, FILES.all))}, ${FILES.reason} ${md5(path.join(DIR, FILES.reason))}, ` +
    `${FILES.month} ${md5(path.join(DIR, FILES.month))}, ${FILES.lifted} ${md5(path.join(DIR, FILES.lifted))}. ` +
    `Rows read by scripts/derive/npr.ts; the raw files are not copied into this project. FOIA-derived, not an official publication.`,
};

const ours = new Set(series.map((s) => s.id));
mergeRows("sources.csv", (r) => r.id === SOURCE_ID, [source]);
mergeRows("series.csv", (r) => ours.has(r.id), series);
mergeRows("observations.csv", (r) => r.source_id === SOURCE_ID, observations);

for (const s of series) {
  const obs = observations.filter((o) => o.series_id === s.id);
  console.log(`${s.id}: ${obs.length} rows, ${obs[0].period} to ${obs[obs.length - 1].period}`);
}
