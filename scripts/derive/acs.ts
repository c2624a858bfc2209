// Derives non-citizens as a percent of North Carolina's population from the
// ACS 1-year table B05003 state files, 2005-2018, and merges series,
// observations, source and claim-evidence rows into data/.
// Run from the project root: npx tsx scripts/derive/acs.ts
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { RAW_DIR, Row, int, ratio1dp, mergeRows, evidenceRank } from "./write-rows";

const DIR = path.join(RAW_DIR, "acs-b05003");
const SOURCE_ID = "census-acs1-b05003";
const SERIES_ID = "acs-nc-noncitizen-share";
const MIRROR = { repo: "gabrieljohndusing/NCNW-Project-Datasets", commit: "8b63f3f", path: "data-sets/census/bystate/acs-acs1" };
const CLAIM = "breitbart-2019-11-03-disproportionately-high-rate";
const YEARS = Array.from({ length: 2018 - 2005 + 1 }, (_, i) => 2005 + i);
const NC_GEO_ID = "0400000US37";

const readCsv = (file: string): string[][] => {
  const p = Papa.parse<string[]>(fs.readFileSync(path.join(DIR, file), "utf8"), { skipEmptyLines: true });
  if (p.errors.length) throw new Error(`${file}: ${p.errors[0].message}`);
  return p.data;
};

type Year = { year: number; file: string; rowDesc: string; total: [string, number]; noncit: [string, number][] };

function readYear(year: number): Year {
  const file = `acs1-${year}-B05003.csv`;

  // The legend says which variable is which; never assume positions or codes.
  const [lh, ...legend] = readCsv(`acs1-${year}-B05003-legend.csv`);
  const [vi, li] = [lh.indexOf("VARIABLE"), lh.indexOf("LABEL")];
  if (vi === -1 || li === -1) throw new Error(`${year} legend: no VARIABLE or LABEL column`);
  const labelOf = new Map(legend.map((r) => [r[vi], r[li]]));
  const varOf = (label: string) => {
    const vars = [...labelOf].filter(([, l]) => l === label).map(([v]) => v);
    if (vars.length !== 1) throw new Error(`${year} legend: ${vars.length} variables labelled ${label}`);
    return vars[0];
  };
  const NONCIT = /^Estimate!!Total!!(Male|Female)!!(Under 18 years|18 years and over)!!Foreign born!!Not a U\.S\. citizen$/;
  const noncitLabels = [...labelOf.values()].filter((l) => NONCIT.test(l));
  if (noncitLabels.length !== 4) throw new Error(`${year} legend: ${noncitLabels.length} 'Not a U.S. citizen' leaves, expected 4`);

  // Columns by header name. Layouts differ by year (GEO_ID first, last, or
  // absent as in 2016, which also repeats the …M columns); a repeated header
  // is accepted only if every copy holds the same value.
  const [header, ...rows] = readCsv(file);
  const cols = (name: string) => header.flatMap((h, i) => (h === name ? [i] : []));
  const geoCol = cols("GEO_ID")[0];
  const stateCol = cols("state")[0];
  if (geoCol === undefined && stateCol === undefined) throw new Error(`${file}: neither GEO_ID nor state column`);
  const isNC = (r: string[]) => (geoCol !== undefined ? r[geoCol] === NC_GEO_ID : r[stateCol] === "37");
  const nc = rows.filter(isNC);
  if (nc.length !== 1) throw new Error(`${file}: ${nc.length} North Carolina rows`);
  const row = nc[0];
  if (stateCol !== undefined && row[stateCol] !== "37") throw new Error(`${file}: GEO_ID and state disagree`);
  const nameCol = cols("NAME")[0];
  if (nameCol !== undefined && row[nameCol] !== "North Carolina") throw new Error(`${file}: NAME is ${row[nameCol]}`);

  const est = (label: string): [string, number] => {
    const v = varOf(label);
    const idx = cols(v);
    if (idx.length === 0) throw new Error(`${file}: no column ${v}`);
    const values = new Set(idx.map((i) => row[i]));
    if (values.size !== 1) throw new Error(`${file}: repeated column ${v} disagrees`);
    return [v, int(row[idx[0]], `${file} ${v}`)];
  };

  // Consistency checks on the table itself: each foreign-born cell equals
  // naturalized + not a citizen, and the total equals male + female.
  const total = est("Estimate!!Total");
  if (total[1] !== est("Estimate!!Total!!Male")[1] + est("Estimate!!Total!!Female")[1]) throw new Error(`${file}: total ≠ male + female`);
  const noncit = noncitLabels.map((l) => {
    const fb = l.replace(/!!Not a U\.S\. citizen$/, "");
    if (est(fb)[1] !== est(`${fb}!!Naturalized U.S. citizen`)[1] + est(l)[1]) throw new Error(`${file}: ${fb} ≠ naturalized + not a citizen`);
    return est(l);
  });
  const rowDesc = geoCol !== undefined ? `row GEO_ID=${NC_GEO_ID}` : "row state=37 (file has no GEO_ID column)";
  return { year, file, rowDesc, total, noncit };
}

const data = YEARS.map(readYear);

const origin =
  `Computed by On the Record from the ACS 1-year table B05003 (Sex by Age by Nativity and Citizenship Status) state files ` +
  `(acs1-<year>-B05003.csv), a copy mirrored on GitHub (${MIRROR.repo} @${MIRROR.commit}); not a share the Census Bureau published in this form.`;
const sampling =
  "ACS figures are survey estimates with sampling error; margins of error are not shown here, and those of the summed cells were not computed.";
const lawful = "Non-citizens include lawful permanent residents and other lawfully present residents, not only unauthorized immigrants.";

const series: Row = {
  id: SERIES_ID,
  title: "Non-U.S. citizens as a percent of North Carolina's population (ACS 1-year, computed)",
  short_title: "ACS: NC non-citizen share",
  measure:
    "Residents who are not U.S. citizens as a percent of North Carolina's total population: the four 'Foreign born!!Not a U.S. citizen' cells of ACS table B05003 " +
    "(male and female, under 18 and 18 and over) summed, divided by the table total, × 100, rounded to 1 decimal",
  unit: "percent",
  geography: "North Carolina",
  fips: "37",
  period_type: "calendar",
  publisher: "U.S. Census Bureau, American Community Survey (share computed by On the Record)",
  caveats: `${origin} ${sampling} ${lawful} The ACS records no offenses or arrests.`,
};

const observations: Row[] = data.map((d) => {
  const sum = d.noncit.reduce((a, [, n]) => a + n, 0);
  const value = ratio1dp(sum, d.total[1], 100);
  return {
    id: `${SERIES_ID}-${d.year}`,
    series_id: SERIES_ID,
    label: `North Carolina, ${d.year}`,
    period: `${d.year}`,
    period_type: "calendar",
    period_start: `${d.year}-01-01`,
    period_end: `${d.year}-12-31`,
    geography: "North Carolina",
    fips: "37",
    value,
    qualifier: "computed",
    unit: "percent",
    source_id: SOURCE_ID,
    locator:
      `${d.file}, ${d.rowDesc}: Not a U.S. citizen ${d.noncit.map(([v, n]) => `${v} ${n}`).join(" + ")} = ${sum} ` +
      `/ total ${d.total[0]} ${d.total[1]} × 100 = ${value} (rounded to 1 decimal)`,
    locator_type: "computed",
    confidence: "medium",
    note: `${origin} ${sampling} ${lawful}`,
  };
});

const source: Row = {
  id: SOURCE_ID,
  title: "[ACS 1-year table B05003, Sex by Age by Nativity and Citizenship Status, by state, 2005-2018, GitHub mirror]",
  publisher: `U.S. Census Bureau (mirror copy in GitHub ${MIRROR.repo})`,
  date: "",
  url: `https://github.com/${MIRROR.repo}/tree/${MIRROR.commit}/${MIRROR.path}`,
  kind: "public-data-file",
  access_note:
    `Folder ${MIRROR.path}/ at commit ${MIRROR.commit}: the B05003 state data files for ${YEARS[0]}-${YEARS[YEARS.length - 1]} and their variable legends ` +
    `(read as acs1-<year>-B05003.csv and acs1-<year>-B05003-legend.csv). Shares computed by scripts/derive/acs.ts; the raw files are not copied into this project.`,
};

const evidenceId = `${SERIES_ID}-2018`;
if (!observations.some((o) => o.id === evidenceId)) throw new Error(`missing observation ${evidenceId}`);
const rank = evidenceRank(evidenceId);

mergeRows("sources.csv", (r) => r.id === SOURCE_ID, [source]);
mergeRows("series.csv", (r) => r.id === SERIES_ID, [series]);
mergeRows("observations.csv", (r) => r.source_id === SOURCE_ID, observations);
// After the FBI context rows, before the claim's hand-entered rows.
mergeRows(
  "claim_evidence.csv",
  (r) => r.claim_id === CLAIM && evidenceRank(r.observation_id) === rank,
  [{ claim_id: CLAIM, observation_id: evidenceId, role: "context" }],
  (r) => r.claim_id === CLAIM && evidenceRank(r.observation_id) > rank,
);

console.log(`${SERIES_ID}: ${observations.length} rows, ${YEARS[0]}-${YEARS[YEARS.length - 1]}`);
for (const d of data) console.log(`  ${d.year} ${d.file}: ${d.rowDesc}; total ${d.total[0]}; not a citizen ${d.noncit.map(([v]) => v).join(", ")}`);
