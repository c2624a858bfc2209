// Derives rape rates per 100,000 residents (legacy and revised UCR
// definitions) for North Carolina and the United States from the FBI state
// estimates file, and merges series, observations, source and claim-evidence
// rows into data/. Run from the project root: npx tsx scripts/derive/fbi.ts
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { RAW_DIR, Row, int, md5, ratio1dp, mergeRows, evidenceRank } from "./write-rows";

const FILE = "estimated_crimes_1979_2019.csv";
const RAW = path.join(RAW_DIR, "fbi", FILE);
const SOURCE_ID = "fbi-cde-state-estimates";
const MIRROR = { repo: "lorenzomezzini/Group_project", commit: "6a8b703", path: `data/${FILE}`, citedCommit: "3cb1cab" };
const CLAIM = "breitbart-2019-11-03-disproportionately-high-rate";
const FIRST_YEAR = 2005;

// Semicolon-delimited; the U.S. total row has blank state_abbr and state_name.
const parsed = Papa.parse<Row>(fs.readFileSync(RAW, "utf8"), { delimiter: ";", header: true, skipEmptyLines: true });
if (parsed.errors.length) throw new Error(`${FILE}: ${parsed.errors[0].message}`);
for (const col of ["year", "state_abbr", "state_name", "population", "rape_legacy", "rape_revised"]) {
  if (!parsed.meta.fields?.includes(col)) throw new Error(`${FILE}: no column ${col}`);
}

const GEOS = [
  { key: "nc", geography: "North Carolina", fips: "37", abbr: "NC", rowDesc: "state_abbr=NC" },
  { key: "us", geography: "United States", fips: "US", abbr: "", rowDesc: "state_abbr blank (U.S. total)" },
] as const;

// One row per year and geography; fail loudly on duplicates.
const byKey = new Map<string, Row>();
for (const r of parsed.data) {
  const geo = GEOS.find((g) => g.abbr === r.state_abbr && (g.abbr !== "" || r.state_name === ""));
  if (!geo) continue;
  const k = `${geo.key}-${r.year}`;
  if (byKey.has(k)) throw new Error(`${FILE}: two rows for ${k}`);
  byKey.set(k, r);
}

const count = (key: string, col: string) => int(byKey.get(key)?.[col], `${FILE} ${key} ${col}`);
const rate = (key: string, col: string) => ratio1dp(count(key, col), count(key, "population"), 100000);

// NC 2017 revised count is out of line with its neighbours (dossier caveat 6).
// The counts in the text are read from the file, not typed in.
const anomaly =
  `In the file, North Carolina's 2017 rape (revised definition) count (${count("nc-2017", "rape_revised")}) is out of line with ` +
  `2016 (${count("nc-2016", "rape_revised")}) and 2018 (${count("nc-2018", "rape_revised")}), and the file carries no caveat for it; ` +
  `the SBI's own 2018 summary reports a far smaller rise in the rape rate from 2017 than the file implies ` +
  `(see the SBI rape-rate change series). Treat North Carolina 2017 with caution.`;
const origin =
  `Computed by On the Record from ${FILE}, a copy of the FBI Crime Data Explorer state estimates mirrored on GitHub ` +
  `(${MIRROR.repo} @${MIRROR.commit}); not a rate the FBI published in this form.`;
const police = "Offenses known to police, calendar years; the file has no immigration-status field.";

const SERIES = [
  { id: "fbi-rape-rate-revised", col: "rape_revised", def: "revised", other: "legacy", extra: ` ${anomaly}` },
  { id: "fbi-rape-rate-legacy", col: "rape_legacy", def: "legacy", other: "revised", extra: "" },
];

const series: Row[] = [];
const observations: Row[] = [];
for (const s of SERIES) {
  series.push({
    id: s.id,
    title: `Rape (${s.def} UCR definition) per 100,000 residents, North Carolina and United States (computed from FBI estimates)`,
    short_title: `FBI: rape rate (${s.def} definition)`,
    measure: `Rapes (${s.def} UCR definition) known to police per 100,000 residents: ${s.col} / population × 100,000 from the FBI state estimates, rounded to 1 decimal`,
    unit: "per 100000",
    geography: "North Carolina and United States",
    fips: "",
    period_type: "calendar",
    publisher: "U.S. Federal Bureau of Investigation (state estimates; rate computed by On the Record)",
    caveats: `${origin} ${police} The ${s.def} and ${s.other} definitions count different offenses; do not join this series with the ${s.other}-definition one.${s.extra}`,
  });
  const years = [...new Set(parsed.data.map((r) => Number(r.year)))].filter((y) => y >= FIRST_YEAR).sort((a, b) => a - b);
  for (const year of years) {
    // "Every year where present": skip years with a blank cell for this definition.
    const present = GEOS.filter((g) => byKey.get(`${g.key}-${year}`)?.[s.col] !== "");
    if (present.length === 0) continue;
    if (present.length !== GEOS.length) throw new Error(`${s.id} ${year}: present for NC or US only`);
    for (const g of GEOS) {
      const k = `${g.key}-${year}`;
      const value = rate(k, s.col);
      observations.push({
        id: `${s.id}-${k}`,
        series_id: s.id,
        label: `${g.geography}, ${year}`,
        period: `${year}`,
        period_type: "calendar",
        period_start: `${year}-01-01`,
        period_end: `${year}-12-31`,
        geography: g.geography,
        fips: g.fips,
        value,
        qualifier: "computed",
        unit: "per 100000",
        source_id: SOURCE_ID,
        locator: `${FILE}, row year=${year} ${g.rowDesc}: ${s.col} ${count(k, s.col)} / population ${count(k, "population")} × 100000 = ${value} (rounded to 1 decimal)`,
        locator_type: "computed",
        confidence: "medium",
        note: `${origin} ${police}${g.key === "nc" && year === 2017 && s.col === "rape_revised" ? ` ${anomaly}` : ""}`,
      });
    }
  }
}

const source: Row = {
  id: SOURCE_ID,
  title: "[FBI Crime Data Explorer state estimates, 1979-2019: estimated_crimes_1979_2019.csv, GitHub mirror]",
  publisher: `U.S. Federal Bureau of Investigation (mirror copy in GitHub ${MIRROR.repo})`,
  date: "",
  url: `https://github.com/${MIRROR.repo}/blob/${MIRROR.commit}/${MIRROR.path}`,
  kind: "public-data-file",
  access_note:
    `File ${MIRROR.path} at commit ${MIRROR.commit} (the research dossier cites the version at commit ${MIRROR.citedCommit}); ` +
    `md5 of the copy read: ${md5(RAW)}. Rates computed by scripts/derive/fbi.ts; the raw file is not copied into this project.`,
};

// Context evidence for the claim: NC and US revised rates for 2019.
const evidence: Row[] = ["fbi-rape-rate-revised-nc-2019", "fbi-rape-rate-revised-us-2019"].map((id) => {
  if (!observations.some((o) => o.id === id)) throw new Error(`missing observation ${id}`);
  return { claim_id: CLAIM, observation_id: id, role: "context" };
});

const ours = new Set(SERIES.map((s) => s.id));
mergeRows("sources.csv", (r) => r.id === SOURCE_ID, [source]);
mergeRows("series.csv", (r) => ours.has(r.id), series);
mergeRows("observations.csv", (r) => r.source_id === SOURCE_ID, observations);
mergeRows(
  "claim_evidence.csv",
  (r) => r.claim_id === CLAIM && evidenceRank(r.observation_id) === 0,
  evidence,
  (r) => r.claim_id === CLAIM && evidenceRank(r.observation_id) > 0,
);

for (const s of SERIES) {
  const obs = observations.filter((o) => o.series_id === s.id);
  console.log(`${s.id}: ${obs.length} rows, ${obs[0].period}-${obs[obs.length - 1].period}`);
}
