// ICE detention statistics for North Carolina facilities, FY2019 to FY2026
// to date, as parsed by facility by the Deportation Data Project. Writes
// data/nc_detention_facilities.csv (one row per facility and fiscal year, from
// the release whose data run latest in that year, each release's year and window
// read from its own data), its Table Schema, a source, the unit
// "average daily population", and one series per facility.
// Run from the project root: npx tsx scripts/derive/ice-detention.ts
import { slug } from './nc-aoc-lib';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { facilityCounty } from './ice-facilities';
import { LEVELS, latestByFacilityYear, readReleases, releaseWords } from './ice-detention-lib';
import { DETENTION, readCounties, readRows } from './ice-sources';
import { DATA_DIR, Row, csvText, md5, mergeRows, upsertResource, writeIfChanged } from './write-rows';

const counties = readCounties();
const countyName = new Map(counties.map((c) => [c.fips, c.name]));
const all = readRows(DETENTION.csv, [
  'name',
  'address',
  'city',
  'state',
  'zip',
  'aor',
  'type_detailed',
  ...LEVELS,
  'fiscal_year',
  'file_date',
  'pull_date',
]);
const nc = all.filter((r) => r.state === 'NC');
// Releases are read over every state's rows: the day count is the common denominator of all their averages.
const releases = readReleases(all);
const years = latestByFacilityYear(nc, releases);
const SOURCE_ID = 'ice-detention-statistics-ddp';
const UNIT = 'average daily population';
const REPO = 'https://github.com/deportationdata/ice-detention-management';

const alos = (r: Record<string, string>, fy: string) => r[`fy${fy.slice(4)}_alos`] ?? '';
const COLUMNS = [
  'facility',
  'county_fips',
  'fiscal_year',
  'average_daily_population',
  'release',
  'period_start',
  'period_end',
  'partial_year',
  'releases_in_file',
  'address',
  'city',
  'type_detailed',
  ...LEVELS,
  'average_length_of_stay',
  'days_covered',
];
const rows = years.map((y) => {
  const r = y.row;
  const f = facilityCounty(r.name, counties);
  return [
    r.name,
    f.county_fips,
    y.fiscal_year,
    y.adp ?? '',
    releaseWords(y.release),
    y.period_start,
    y.period_end,
    y.partial ? 'TRUE' : 'FALSE',
    String(y.releases),
    r.address,
    r.city,
    r.type_detailed,
    ...LEVELS.map((l) => r[l]),
    alos(r, y.fiscal_year),
    y.release.days === null ? '' : String(y.release.days),
  ];
});
writeIfChanged(path.join(DATA_DIR, 'nc_detention_facilities.csv'), csvText(COLUMNS, rows));

const CAVEATS =
  'Detention population is not detainers: this is the average number of people ICE held in the facility each day, not how many detainers were lodged there. ' +
  'ICE publishes these statistics in repeated releases through each fiscal year; where a year has several releases, the one whose data run latest is taken (ties: the latest file_date), and release says which. ' +
  "Each release's fiscal year and window are read from its data, not from the parser's fiscal_year and pull_date labels, five of which are wrong: the fiscal year is the one whose average-length-of-stay column (fyNN_alos) the release fills, and the window is the number of days its averages are taken over (every A-D value in the release is a whole number of detainee-days divided by that count). Where the averages are whole numbers, no count can be derived and the window is taken to end the day before the pull date. " +
  'A year whose data end before September 30 covers the year to that date only (partial_year). ' +
  "The average daily population is the sum of ICE's four columns by detainee classification level (A-D), computed by On the Record and rounded to 1 decimal; it is blank where the release left those columns blank. " +
  "Federal fiscal years (October to September). Parsed from ICE's spreadsheets by a third party (CC0).";

upsertResource(
  {
    name: 'nc_detention_facilities',
    path: 'nc_detention_facilities.csv',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    title: 'ICE detention in North Carolina facilities: average daily population by fiscal year',
    description:
      `ICE detention statistics for the ${new Set(years.map((y) => y.key)).size} North Carolina facilities in ICE's releases, FY2019 to FY2026 to date: one row per facility and fiscal year ` +
      `(${rows.length} rows, from ${nc.length} NC rows over all releases), from the release whose data run latest in that year (each release's fiscal year and window read from its own data), with the facility's county (nc_facility_county).`,
    caveats: CAVEATS,
    sources: [
      {
        title:
          'ICE detention statistics (ice.gov Detention Management), parsed by facility: Deportation Data Project, GitHub deportationdata/ice-detention-management',
        path: REPO,
      },
    ],
    schema: {
      fields: [
        {
          name: 'facility',
          type: 'string',
          description: 'Facility name as the latest release wrote it',
          constraints: { required: true },
        },
        {
          name: 'county_fips',
          type: 'string',
          description: '5-digit NC county FIPS code (nc_facility_county)',
          constraints: { pattern: '^37[0-9]{3}$' },
        },
        {
          name: 'fiscal_year',
          type: 'string',
          description: 'Federal fiscal year (October to September), e.g. FY2019',
          constraints: { required: true, pattern: '^FY[0-9]{4}$' },
        },
        {
          name: 'average_daily_population',
          type: 'number',
          description:
            'People held on an average day: sum of level_a to level_d, 1 decimal; blank where the release left them blank',
          constraints: { minimum: 0 },
        },
        {
          name: 'release',
          type: 'string',
          description:
            'Which ICE release the row comes from (file_date and pull_date as recorded by the parser), the day count of its averages, and any fiscal-year label its data contradict',
          constraints: { required: true },
        },
        {
          name: 'period_start',
          type: 'date',
          description: 'First day of the fiscal year',
          constraints: { required: true },
        },
        {
          name: 'period_end',
          type: 'date',
          description:
            "Last day of data: period_start plus days_covered minus 1 (September 30 for a full year); without days_covered, the day before the release's pull_date",
          constraints: { required: true },
        },
        {
          name: 'partial_year',
          type: 'string',
          description: "TRUE when the release's data end before the fiscal year ended",
          constraints: { required: true, enum: ['TRUE', 'FALSE'] },
        },
        {
          name: 'releases_in_file',
          type: 'integer',
          description:
            'Releases in the file for this facility and fiscal year, each counted under the year its data show',
          constraints: { required: true, minimum: 1 },
        },
        { name: 'address', type: 'string', description: 'Address as the release wrote it' },
        { name: 'city', type: 'string', description: 'City as the release wrote it' },
        { name: 'type_detailed', type: 'string', description: "ICE's facility type code (e.g. IGSA)" },
        ...LEVELS.map((l) => ({
          name: l,
          type: 'number',
          description: `Average daily population, classification ${l.replace('level_', 'level ').toUpperCase().replace('LEVEL', 'level')}, as the release gives it`,
          constraints: { minimum: 0 },
        })),
        {
          name: 'average_length_of_stay',
          type: 'number',
          description: 'Average length of stay in days for the fiscal year, as the release gives it',
          constraints: { minimum: 0 },
        },
        {
          name: 'days_covered',
          type: 'integer',
          description:
            "Days the release's averages are taken over, derived from its values (their least common denominator over every facility in the release); blank where the averages are whole numbers",
          constraints: { minimum: 1, maximum: 366 },
        },
      ],
      primaryKey: ['facility', 'fiscal_year'],
    },
  },
  'nc_287g_events',
);

// ---- series: one per facility ---------------------------------------------------------------
const series: Row[] = [];
const observations: Row[] = [];
for (const key of [...new Set(years.map((y) => y.key))]) {
  const ys = years.filter((y) => y.key === key);
  const f = facilityCounty(ys[ys.length - 1].row.name, counties);
  const id = `ice-detention-adp-${slug(key)}`;
  const title = key.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
  const blanks = ys.filter((y) => y.adp === null).map((y) => y.fiscal_year);
  for (const y of ys) {
    if (y.adp === null) continue;
    const r = y.row;
    observations.push({
      id: `${id}-${y.fiscal_year.toLowerCase()}`,
      series_id: id,
      label: y.partial ? `${y.fiscal_year} to ${y.period_end}` : y.fiscal_year,
      period: y.partial
        ? `${y.fiscal_year} to date (${y.period_start} to ${y.period_end}; partial year)`
        : y.fiscal_year,
      period_type: y.partial ? 'range-other' : 'federal-fy',
      period_start: y.period_start,
      period_end: y.period_end,
      geography: `${r.name}, ${countyName.get(f.county_fips)} County, NC`,
      fips: f.county_fips,
      value: y.adp,
      qualifier: 'computed',
      unit: UNIT,
      source_id: SOURCE_ID,
      locator: `the Deportation Data Project's table of ICE detention statistics per facility, row name "${r.name}", fiscal_year ${r.fiscal_year}, file_date ${r.file_date}, pull_date ${r.pull_date}: ${LEVELS.map((l) => `${l} ${r[l]}`).join(' + ')}; ${releaseWords(y.release).split('; ').slice(1).join('; ')}`,
      locator_type: 'computed',
      confidence: 'medium',
      note: `The latest data of ${y.releases} release${y.releases === 1 ? '' : 's'} for this year in the file.${y.partial ? ' The data end before the fiscal year ended: the year to date only.' : ''} Detention population, not detainers.`,
    });
  }
  series.push({
    id,
    title: `ICE detention: average daily population at ${title}, by fiscal year`,
    short_title: `ICE detention: ${title}`,
    measure: `People held by ICE on an average day at ${title} (${countyName.get(f.county_fips)} County, NC), by federal fiscal year: the sum of ICE's average daily population columns by detainee classification level (A-D) in the release whose data run latest in each year`,
    unit: UNIT,
    geography: `${countyName.get(f.county_fips)} County, NC`,
    fips: f.county_fips,
    period_type: 'federal-fy',
    publisher: 'U.S. Immigration and Customs Enforcement (parsed by the Deportation Data Project)',
    caveats: `${CAVEATS}${blanks.length ? ` ${blanks.join(', ')}: the latest release has no population figures (a gap, not zero).` : ''}`,
  });
}

const source: Row = {
  id: SOURCE_ID,
  title: '[ICE detention statistics per facility, FY2019 to February 2026, parsed by the Deportation Data Project]',
  publisher:
    'U.S. Immigration and Customs Enforcement (parsed by the Deportation Data Project, GitHub deportationdata/ice-detention-management)',
  date: '2026-03-16',
  url: REPO,
  kind: 'public-data-file',
  access_note: `Parquet blob a9fd88ff in the history of deportationdata/ice-detention-management before commit 7140c58 (2026-03-16); licence CC0. Read from the research dossier's CSV copy ${DETENTION.file} (${all.length} rows; md5 ${md5(DETENTION.csv)}). NC rows reduced by scripts/derive/ice-detention.ts.`,
};
const units = Papa.parse<Row>(fs.readFileSync(path.join(DATA_DIR, 'units.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
if (!units.some((u) => u.id === UNIT)) {
  mergeRows('units.csv', (r) => r.id === UNIT, [
    {
      id: UNIT,
      kind: 'count',
      minimum: '0',
      maximum: '',
      description:
        'People held in detention on an average day over the period (ICE detention statistics); not detainers',
    },
  ]);
}
mergeRows('sources.csv', (r) => r.id === SOURCE_ID, [source]);
mergeRows('series.csv', (r) => r.id.startsWith('ice-detention-adp-'), series);
mergeRows('observations.csv', (r) => r.source_id === SOURCE_ID, observations);
const newest = [...releases.values()].sort((a, b) =>
  a.period_end + a.file_date < b.period_end + b.file_date ? 1 : -1,
)[0];
console.log(
  `ice-detention: ${releases.size} releases, ${[...releases.values()].filter((r) => r.relabelled).length} relabelled by their data; newest ${releaseWords(newest)}`,
);
console.log(
  `ice-detention: ${nc.length} NC rows -> ${rows.length} facility-years, ${series.length} series, ${observations.length} observations; no population in ${
    years
      .filter((y) => y.adp === null)
      .map((y) => `${y.key} ${y.fiscal_year}`)
      .join(', ') || 'none'
  }`,
);
