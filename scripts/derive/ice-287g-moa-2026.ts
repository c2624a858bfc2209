// 287(g) in North Carolina from ICE's own page in 2026: which MOA PDFs ICE's 287(g) page linked for NC
// agencies in the full manifests of 2026-06-07, 2026-08-12 and 2026-08-14 (deportationdata/ice-287g).
// Writes data/nc_287g_moa_pdfs_2026.csv with its Table Schema, the three manifests as sources, and
// series and observations: agencies with a PDF by county (a map), PDFs by support model, and the
// comparison with ICE's list of 2025-07-18 (data/nc_287g_agreements.csv).
// Run from the project root after ice-287g.ts: npx tsx scripts/derive/ice-287g-moa-2026.ts
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { MODEL_TOKENS, type ModelToken, type MoaPdf, compareAgencies, parseManifest } from './ice-287g-moa-2026-lib';
import { facilityCounty } from './ice-facilities';
import { readCounties, readRows } from './ice-sources';
import { DATA_DIR, RAW_DIR, Row, csvText, md5, mergeRows, upsertResource, writeIfChanged } from './write-rows';

const DIR = path.join(RAW_DIR, 'ice-287g-moa-2026');
const REPO = 'https://github.com/deportationdata/ice-287g';
/** The full manifests (every PDF linked that day), with the commit of the version read (PROVENANCE.md). */
const MANIFESTS = [
  {
    date: '2026-06-07',
    file: 'nc-moa-20260607.csv',
    folder: 'agreements_20260607_025243',
    commit: '92556ed51e6084d8672c45611063fc2e2956160a',
  },
  {
    date: '2026-08-12',
    file: 'nc-moa-20260812.csv',
    folder: 'agreements_20260812_014703',
    commit: '0e40941a8ffc496d527813eb8ac0db4b04ae3f62',
  },
  {
    date: '2026-08-14',
    file: 'nc-moa-20260814.csv',
    folder: 'agreements_20260814_014525',
    commit: '3b46476882c0432798bc055386ff887500b2200c',
  },
] as const;
const LATEST = MANIFESTS[MANIFESTS.length - 1];
const LIST_DATE = '2025-07-18';
const LIST_SOURCE = 'ice-287g-participating-agencies-2025-07-18';
const sourceId = (date: string) => `ddp-ice-287g-moa-manifest-${date}`;

const counties = readCounties();
const countyName = new Map(counties.map((c) => [c.fips, c.name]));

// Municipal police departments name no county: each is placed by a page that puts the town in its county.
// ICE's FY2015 detainer records, as NPR published them (sources.csv ice-lesa-detainers-fy2015-foia).
const LESA_URL = 'https://github.com/nprapps/sanctuary-cities';
const TOWNS = {
  'Beulaville Police Department': {
    county: 'Duplin',
    url: 'https://www.reflector.com/duplin/news/local/beulaville-town-board-discusses-librarys-handicap-parking/article_56609a02-df8d-5cbd-963c-eebbea79274c.html',
    note: 'A police department of the town of Beulaville. The Duplin edition of the Daily Reflector reports Beulaville\'s town board, with "The Duplin County Library requested that the Beulaville Library make updates to their handicap parking."',
  },
  'Brookford Police Department': {
    county: 'Catawba',
    url: 'https://ateasepest.com/brookford',
    note: 'A police department of the town of Brookford. The only page read that places the town is a business\'s town page, which says the town\'s Harper House was "taken over by The Catawba County Historical Association"; weak, not an official gazetteer.',
  },
  'Kenansville Police Department': {
    county: 'Duplin',
    url: 'https://www.duplincountync.com/category/county-news/',
    note: "A police department of the town of Kenansville. Duplin County's own site gives its Register of Deeds at \"118 Duplin Street, Kenansville, NC 28349\", and ICE's FY2015 detainer records give the Duplin County Jail's city as KENANSVILLE.",
  },
  'Newland Police Department': {
    county: 'Avery',
    url: LESA_URL,
    note: "A police department of the town of Newland. ICE's FY2015 detainer records (ice_detainers_fy2015) give the Avery County Jail's city as NEWLAND.",
  },
  'Robbins Police Department': {
    county: 'Moore',
    url: 'https://www.thepilot.com/news/robbins-continues-search-to-fill-police-jobs/article_3fe7a916-044f-11ec-8cdb-4f585433c797.html',
    note: 'A police department of the town of Robbins. The Pilot (2021-08-23): "The small northern Moore County town\'s Police Department will soon be down to two officers."',
  },
};
function countyOf(agency: string) {
  const town = TOWNS[agency as keyof typeof TOWNS];
  if (town) {
    const f = facilityCounty(agency, counties, { [agency]: town });
    return { ...f, basis: 'town' };
  }
  return facilityCounty(agency, counties);
}

// ---- read the manifests ------------------------------------------------------------------------
const COLUMNS = ['saved_path', 'file_hash', 'url', 'retrieved_at', 'state', 'agency', 'original_filename', 'note'];
const snapshots = MANIFESTS.map((m) => {
  const raw = readRows(path.join(DIR, m.file), COLUMNS);
  const pdfs = parseManifest(raw, m.file);
  return { ...m, raw, pdfs };
});

// SUMMARY.md's counts, checked so a re-read that differs stops here rather than publishing something else.
const EXPECTED: Record<string, { rows: number; agencies: number; JEM: number; WSO: number; TFM: number }> = {
  '2026-06-07': { rows: 26, agencies: 24, JEM: 3, WSO: 17, TFM: 6 },
  '2026-08-12': { rows: 27, agencies: 25, JEM: 3, WSO: 17, TFM: 7 },
  '2026-08-14': { rows: 27, agencies: 25, JEM: 3, WSO: 17, TFM: 7 },
};
const byModel = (pdfs: MoaPdf[], t: ModelToken) => pdfs.filter((p) => p.model === t).length;
for (const s of snapshots) {
  const got = {
    rows: s.pdfs.length,
    agencies: new Set(s.pdfs.map((p) => p.agency)).size,
    JEM: byModel(s.pdfs, 'JEM'),
    WSO: byModel(s.pdfs, 'WSO'),
    TFM: byModel(s.pdfs, 'TFM'),
  };
  if (JSON.stringify(got) !== JSON.stringify(EXPECTED[s.date]))
    throw new Error(
      `${s.file}: counts ${JSON.stringify(got)} differ from SUMMARY.md's ${JSON.stringify(EXPECTED[s.date])}`,
    );
}

// ---- dataset -------------------------------------------------------------------------------------
const HEADER = [
  'snapshot_date',
  'agency',
  'county_fips',
  'county_basis',
  'county_basis_url',
  'support_model',
  'filename',
  'filename_date_token',
  'filename_date',
  'safelinks',
  'file_hash',
  'source_id',
];
const rows = snapshots.flatMap((s) =>
  s.pdfs.map((p, i) => {
    const c = countyOf(p.agency);
    return [
      s.date,
      p.agency,
      c.county_fips,
      c.basis,
      c.basis_url,
      p.model,
      p.filename,
      p.date_token,
      p.filename_date,
      p.safelinks ? 'TRUE' : 'FALSE',
      s.raw[i].file_hash,
      sourceId(s.date),
    ];
  }),
);
writeIfChanged(path.join(DATA_DIR, 'nc_287g_moa_pdfs_2026.csv'), csvText(HEADER, rows));

// ---- what the files can and cannot say -------------------------------------------------------------
const list2025 = Papa.parse<Row>(fs.readFileSync(path.join(DATA_DIR, 'nc_287g_agreements.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const tokenOf = (model: string) =>
  (Object.entries(MODEL_TOKENS).find(([, name]) => name === model)?.[0] ?? '') as ModelToken;
const pairsNow = LATEST.date && snapshots[snapshots.length - 1].pdfs.map((p) => `${p.agency}\t${p.model}`);
const pairsThen = list2025.map((r) => `${r.agency}\t${tokenOf(r.support_model)}`);
const pairs = compareAgencies(pairsNow as string[], pairsThen);
const agenciesNow = compareAgencies(
  snapshots[snapshots.length - 1].pdfs.map((p) => p.agency),
  list2025.map((r) => r.agency),
);
const showPair = (k: string) => k.replace('\t', ' (') + ')';
const agencyOnly = (k: string) => k.split('\t')[0];
const CAVEAT =
  // The first sentence is the key caveat that travels with the chart (embeds, exports): what a PDF is, and what changed.
  `A PDF on ICE's page does not prove that an agreement is active, and PDFs are not agreements: since ICE's list of ${LIST_DATE} (which counts agreements, a different thing), ${pairs.added.length} Task Force Model PDFs were added and ${pairs.gone.map(agencyOnly).join(' and ')} are no longer linked. ` +
  "A manifest row shows only that ICE's 287(g) page linked that memorandum-of-agreement PDF when the collector's scraper ran; re-signings can leave older PDFs linked, and a listed agreement can have no PDF. " +
  `The model (JEM, WSO, TFM) and the date come from ICE's file names, by convention only; a filename date is not a confirmed signing date. ` +
  `The two sources measure different things: ICE's list of ${LIST_DATE} counts agreements, the 2026 manifests count PDFs that ICE's page linked, so the two totals are not a like-for-like change. ` +
  `What changed since ${LIST_DATE}: ${pairs.added.length} Task Force Model PDFs not on that list were linked (${pairs.added.map(showPair).join('; ')}), and ${pairs.gone.map(showPair).join(' and ')}, on the ${LIST_DATE} list, have no PDF in any 2026 manifest read (whether those agreements ended, or ICE links no PDF, the files cannot say). ` +
  "Transcribed from deportationdata/ice-287g's MOA-PDF manifests (a third party's collection of ICE's own links); its licence was not confirmed. No 2026 ICE participating-agencies sheet was read.";
for (const k of pairs.added)
  if (!k.endsWith('\tTFM')) throw new Error(`${k}: an added PDF that is not TFM; SUMMARY.md says all 7 are`);

// ---- sources ----------------------------------------------------------------------------------------
const sources: Row[] = snapshots.map((s) => ({
  id: sourceId(s.date),
  title: `[Deportation Data Project, ice-287g: MOA-PDF manifest of ${s.date}, North Carolina rows]`,
  publisher: "Deportation Data Project (GitHub deportationdata/ice-287g), from ICE's 287(g) page",
  date: s.date,
  url: `${REPO}/blob/${s.commit}/agreements/${s.folder}/manifest.csv`,
  kind: 'public-data-file',
  access_note: `A full manifest: every MOA PDF ICE's 287(g) page linked when the collector's scraper ran on ${s.date}. Read at commit ${s.commit.slice(0, 7)} from a stored copy of the repository (nothing downloaded from GitHub or ice.gov); its ${s.pdfs.length} North Carolina rows were transcribed into the research dossier's ${s.file} (md5 ${md5(path.join(DIR, s.file))}), read from the last New York row to the first North Dakota row. The repository states no licence. A PDF linked is not an active agreement.`,
}));

// ---- descriptor ---------------------------------------------------------------------------------------
const resource = {
  name: 'nc_287g_moa_pdfs_2026',
  path: 'nc_287g_moa_pdfs_2026.csv',
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  title: "North Carolina 287(g) MOA PDFs linked on ICE's page, June-August 2026",
  description: `One row per PDF per snapshot: the ${snapshots.map((s) => `${s.pdfs.length} North Carolina rows of the manifest of ${s.date}`).join(', ')}, with the agency's county, the support model and the date read from the file name.`,
  caveats: CAVEAT,
  sources: sources.map((s) => ({ title: s.title.replace(/^\[|\]$/g, ''), path: s.url })),
  schema: {
    fields: [
      {
        name: 'snapshot_date',
        type: 'date',
        description: "Date of the manifest (the scraper's run)",
        constraints: { required: true },
      },
      {
        name: 'agency',
        type: 'string',
        description: 'agency, as ICE wrote it (trailing spaces dropped)',
        constraints: { required: true },
      },
      {
        name: 'county_fips',
        type: 'string',
        description:
          "5-digit NC county FIPS code of the agency; a town's police department is placed in its town's county (county_basis)",
        constraints: { required: true, pattern: '^37[0-9]{3}$' },
      },
      {
        name: 'county_basis',
        type: 'string',
        description:
          "name: the agency's name names the county; town: a read page places the agency's town in the county (county_basis_url)",
        constraints: { required: true, enum: ['name', 'town'] },
      },
      {
        name: 'county_basis_url',
        type: 'string',
        description: 'The page that places a town in its county',
        constraints: { pattern: '^https://[^\\s"<>`]+$' },
      },
      {
        name: 'support_model',
        type: 'string',
        description:
          'The model token in the file name: JEM (Jail Enforcement Model), WSO (Warrant Service Officer), TFM (Task Force Model)',
        constraints: { required: true, enum: Object.keys(MODEL_TOKENS) },
      },
      {
        name: 'filename',
        type: 'string',
        description: "The PDF's file name (for a SafeLinks row, decoded from the url= parameter)",
        constraints: { required: true },
      },
      {
        name: 'filename_date_token',
        type: 'string',
        description: 'The date token exactly as the file name writes it',
        constraints: { required: true },
      },
      {
        name: 'filename_date',
        type: 'date',
        description: 'That token read as a date (a naming convention, not a confirmed signing date)',
        constraints: { required: true },
      },
      {
        name: 'safelinks',
        type: 'string',
        description: "TRUE when ICE's page linked the PDF through an Outlook SafeLinks wrapper",
        constraints: { required: true, enum: ['TRUE', 'FALSE'] },
      },
      {
        name: 'file_hash',
        type: 'string',
        description: "The manifest's hash of the PDF's bytes",
        constraints: { required: true, pattern: '^[0-9a-f]{64}$' },
      },
      {
        name: 'source_id',
        type: 'string',
        description: 'Id of the manifest in sources',
        constraints: { required: true },
      },
    ],
    primaryKey: ['snapshot_date', 'filename'],
    foreignKeys: [{ fields: 'source_id', reference: { resource: 'sources', fields: 'id' } }],
  },
};
upsertResource(resource, 'nc_287g_events');

// ---- series and observations ---------------------------------------------------------------------------
const observations: Row[] = [];
const series: Row[] = [];
const point = { period_type: 'point-in-time', period_start: LATEST.date, period_end: LATEST.date };
const latest = snapshots[snapshots.length - 1];
// What the pages call the manifest read: its collector and date, not the dossier's file name (that stays in access_note).
const MANIFEST_FILE = `the Deportation Data Project's MOA-PDF manifest of ${latest.date}, North Carolina rows`;

// 1. Agencies with a PDF, by county (a map): every county gets a value, 0 where no agency has one.
const SERIES_MAP = `nc-287g-moa-pdfs-by-county-${LATEST.date}`;
for (const { fips } of counties) {
  const here = latest.pdfs.filter((p) => countyOf(p.agency).county_fips === fips);
  const agencies = [...new Set(here.map((p) => p.agency))].sort();
  const models = (a: string) =>
    here
      .filter((p) => p.agency === a)
      .map((p) => p.model)
      .join(', ');
  const name = countyName.get(fips)!;
  observations.push({
    id: `${SERIES_MAP}-${fips}`,
    series_id: SERIES_MAP,
    label: `${name} County: ${agencies.length ? agencies.map((a) => `${a} (${models(a)})`).join('; ') : 'none'}`,
    period: `${LATEST.date} (MOA PDFs linked on ICE's 287(g) page)`,
    ...point,
    geography: `${name} County, NC`,
    fips,
    value: String(agencies.length),
    qualifier: agencies.length === 1 ? 'exact' : 'computed',
    unit: 'agencies',
    source_id: sourceId(LATEST.date),
    locator: agencies.length
      ? `${MANIFEST_FILE}: ${here.map((p) => `agency "${p.agency}", ${p.filename}`).join('; ')}`
      : `${MANIFEST_FILE}: no North Carolina row for an agency in ${name} County`,
    locator_type: agencies.length === 1 ? 'table' : 'computed',
    confidence: 'medium',
    note: agencies.length
      ? `${agencies
          .map(
            (a) =>
              `${a}: ${here
                .filter((p) => p.agency === a)
                .map((p) => `${p.model} PDF ${p.filename}, filename date ${p.filename_date}`)
                .join('; ')}`,
          )
          .join('. ')}. ${agencies
          .map((a) => TOWNS[a as keyof typeof TOWNS]?.note ?? '')
          .filter(Boolean)
          .join(' ')} A PDF linked is not an active agreement.`
          .replace(/\s+/g, ' ')
          .trim()
      : `No MOA PDF for an agency in ${name} County on ICE's page on ${LATEST.date}.`,
  });
}
series.push({
  id: SERIES_MAP,
  title: `North Carolina agencies with a 287(g) MOA PDF on ICE's page, by county, ${LATEST.date}`,
  short_title: `287(g) MOA PDFs on ICE's page, NC, ${LATEST.date}`,
  measure: `North Carolina agencies whose 287(g) memorandum-of-agreement PDF ICE's 287(g) page linked on ${LATEST.date}, by the agency's county (a town's police department in its town's county)`,
  unit: 'agencies',
  geography: 'North Carolina counties',
  fips: '37',
  period_type: 'point-in-time',
  publisher: 'U.S. Immigration and Customs Enforcement (links collected by the Deportation Data Project)',
  caveats: CAVEAT,
});

// 2. PDFs by support model on the latest date.
const SERIES_MODEL = `nc-287g-moa-pdfs-by-model-${LATEST.date}`;
for (const t of Object.keys(MODEL_TOKENS) as ModelToken[]) {
  const these = latest.pdfs.filter((p) => p.model === t);
  observations.push({
    id: `${SERIES_MODEL}-${t.toLowerCase()}`,
    series_id: SERIES_MODEL,
    label: `${MODEL_TOKENS[t]} (${t})`,
    period: `${LATEST.date} (MOA PDFs linked on ICE's 287(g) page)`,
    ...point,
    geography: 'North Carolina',
    fips: '37',
    value: String(these.length),
    qualifier: 'computed',
    unit: 'pdfs',
    source_id: sourceId(LATEST.date),
    locator: `Count of the rows of ${MANIFEST_FILE} whose file name carries ${t}: ${these.map((p) => p.filename).join('; ')}`,
    locator_type: 'computed',
    confidence: 'medium',
    note: `${new Set(these.map((p) => p.agency)).size} agencies. The model is read from the file name, by ICE's naming convention.`,
  });
}
series.push({
  id: SERIES_MODEL,
  title: `North Carolina 287(g) MOA PDFs on ICE's page by support model, ${LATEST.date}`,
  short_title: `NC 287(g) MOA PDFs by model, ${LATEST.date}`,
  measure: `MOA PDFs of North Carolina agencies linked on ICE's 287(g) page on ${LATEST.date}, by the model token in the file name`,
  unit: 'pdfs',
  geography: 'North Carolina',
  fips: '37',
  period_type: 'point-in-time',
  publisher: 'U.S. Immigration and Customs Enforcement (links collected by the Deportation Data Project)',
  caveats: CAVEAT,
});

// 3. Set against ICE's list of 2025-07-18: one listing is an agency under one model (an agreement on the list, a PDF in 2026).
const SERIES_CMP = `nc-287g-moa-pdfs-vs-list-${LIST_DATE}`;
const cmp = [
  { key: 'both', label: `On ICE's list of ${LIST_DATE} and linked as a PDF on ${LATEST.date}`, keys: pairs.both },
  { key: 'added', label: `Linked as a PDF on ${LATEST.date}, not on the list of ${LIST_DATE}`, keys: pairs.added },
  { key: 'gone', label: `On the list of ${LIST_DATE}, no PDF linked on ${LATEST.date}`, keys: pairs.gone },
];
for (const c of cmp) {
  observations.push({
    id: `${SERIES_CMP}-${c.key}`,
    series_id: SERIES_CMP,
    label: c.label,
    period: `${LIST_DATE} and ${LATEST.date}`,
    period_type: 'range-other',
    period_start: LIST_DATE,
    period_end: LATEST.date,
    geography: 'North Carolina',
    fips: '37',
    value: String(c.keys.length),
    qualifier: 'computed',
    unit: 'listings',
    source_id: c.key === 'gone' ? LIST_SOURCE : sourceId(LATEST.date),
    locator: `Agency-and-model pairs of ICE's 287(g) list of ${LIST_DATE} (dataset nc_287g_agreements) against ${MANIFEST_FILE} (model from the file name): ${c.keys.map(showPair).join('; ')}`,
    locator_type: 'computed',
    confidence: 'medium',
    note:
      c.key === 'gone'
        ? 'The manifests cannot say whether these agreements ended or whether ICE simply links no PDF for them.'
        : c.key === 'added'
          ? `All Task Force Model; ${agenciesNow.added.length} of the ${c.keys.length} agencies (${agenciesNow.added.join(', ')}) are on no part of the ${LIST_DATE} list. Filename dates ${c.keys.map((k) => latest.pdfs.find((p) => `${p.agency}\t${p.model}` === k)!.filename_date).sort()[0]} to ${c.keys
              .map((k) => latest.pdfs.find((p) => `${p.agency}\t${p.model}` === k)!.filename_date)
              .sort()
              .pop()}.`
          : 'An agreement on the list and a PDF linked in 2026, for the same agency and model.',
  });
}
series.push({
  id: SERIES_CMP,
  title: `North Carolina 287(g): MOA PDFs on ICE's page on ${LATEST.date} against ICE's list of ${LIST_DATE}`,
  short_title: `NC 287(g): 2026 PDFs against the ${LIST_DATE} list`,
  measure: `North Carolina 287(g) listings (one agency under one support model) on ICE's participating-agencies list of ${LIST_DATE} and among the MOA PDFs ICE's page linked on ${LATEST.date}: on both, only in 2026, only in 2025`,
  unit: 'listings',
  geography: 'North Carolina',
  fips: '37',
  period_type: 'range-other',
  publisher: 'U.S. Immigration and Customs Enforcement (the 2026 links collected by the Deportation Data Project)',
  caveats: CAVEAT,
});

// ---- units, merge -----------------------------------------------------------------------------------------
const units = Papa.parse<Row>(fs.readFileSync(path.join(DATA_DIR, 'units.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const UNITS = [
  {
    id: 'pdfs',
    kind: 'count',
    minimum: '0',
    maximum: '',
    description: "PDF files: 287(g) memorandum-of-agreement PDFs linked on ICE's page; not agreements",
  },
  {
    id: 'listings',
    kind: 'count',
    minimum: '0',
    maximum: '',
    description:
      "287(g) listings: one agency under one support model, as an agreement on ICE's list or as an MOA PDF on ICE's page",
  },
];
for (const u of UNITS) if (!units.some((x) => x.id === u.id)) mergeRows('units.csv', (r) => r.id === u.id, [u]);
const owned = new Set(sources.map((s) => s.id));
mergeRows('sources.csv', (r) => owned.has(r.id), sources);
mergeRows('series.csv', (r) => r.id.startsWith('nc-287g-moa-pdfs-'), series);
mergeRows('observations.csv', (r) => r.series_id.startsWith('nc-287g-moa-pdfs-'), observations);

console.log(
  `ice-287g-moa-2026: ${snapshots.map((s) => `${s.date} ${s.pdfs.length} PDFs / ${new Set(s.pdfs.map((p) => p.agency)).size} agencies`).join('; ')}; ` +
    `against ${LIST_DATE}: ${pairs.both.length} on both, ${pairs.added.length} added, ${pairs.gone.length} no longer linked (${pairs.gone.map(showPair).join(', ')}); ${series.length} series, ${observations.length} observations`,
);
