// Where the ICE raw files are, and what several ICE derive scripts read from
// them: the NC county list and every NC facility name in the raw files.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { type County, countyList } from './nc-counties';
import { DATA_DIR, RAW_DIR } from './write-rows';

const LESA_DIR = path.join(RAW_DIR, 'ice-lesa-detainers-fy2015');
export const LESA = {
  file: 'detainers-fy2015ytd.csv',
  csv: path.join(LESA_DIR, 'detainers-fy2015ytd.csv'),
  xlsx: path.join(LESA_DIR, 'rif-FOIA-15-87693_07262015_LESA-STU_FINAL_FY15YTD.xlsx'),
};
export const NPR_DECLINED = {
  file: 'declined_vs_everythingelse.csv',
  csv: path.join(RAW_DIR, 'npr-sanctuary-cities', 'declined_vs_everythingelse.csv'),
};
const NPR_NOTES = ['charlotte.md', 'raleigh.md'];
export const DETENTION = {
  file: 'facilities-fy2019-fy2026.csv',
  csv: path.join(RAW_DIR, 'ice-detention-stats', 'facilities-fy2019-fy2026.csv'),
};

/** A raw CSV as string cells, header row first; a parse error throws with the file name. */
export function readCells(file: string): string[][] {
  const parsed = Papa.parse<string[]>(fs.readFileSync(file, 'utf8'), { skipEmptyLines: true });
  if (parsed.errors.length)
    throw new Error(`${path.basename(file)}: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
  return parsed.data;
}

/** A raw CSV as objects keyed by header; every column in `columns` must exist. */
export function readRows(file: string, columns: string[]): Array<Record<string, string>> {
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length)
    throw new Error(`${path.basename(file)}: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
  for (const c of columns)
    if (!parsed.meta.fields?.includes(c)) throw new Error(`${path.basename(file)}: no column ${c}`);
  return parsed.data;
}

/** NC's 100 counties from data/nc_aoc_caseload.csv (written by nc-aoc.ts). */
export function readCounties(): County[] {
  const counties = countyList(
    readRows(path.join(DATA_DIR, 'nc_aoc_caseload.csv'), ['fips', 'county']) as Array<{ fips: string; county: string }>,
  );
  if (counties.length !== 100) throw new Error(`nc_aoc_caseload.csv names ${counties.length} counties, not 100`);
  return counties;
}

/**
 * Every NC facility name in the raw ICE files, spelled as each file spells it, with its city and the
 * files that name it: the FY2015 detainer records, NPR's declined-detainer export (2007-2015), and ICE's
 * detention statistics (FY2019 on). Sorted by name.
 */
export function ncFacilityNames(): Map<string, { city: string; files: string[] }> {
  const found = new Map<string, { city: string; files: string[] }>();
  const add = (name: string, city: string, file: string) => {
    const f = found.get(name) ?? { city, files: [] };
    if (f.city !== city) f.city = [...new Set([...f.city.split(' / '), city])].sort().join(' / ');
    if (!f.files.includes(file)) f.files.push(file);
    found.set(name, f);
  };
  const [, ...lesa] = readCells(LESA.csv);
  for (const r of lesa) if (r[3] === 'NORTH CAROLINA') add(r[2], r[4], `ice-lesa-detainers-fy2015/${LESA.file}`);
  // NPR's header repeats names (year,det_facility,city,state,count,det_facility,year,count): read by position.
  const [header, ...npr] = readCells(NPR_DECLINED.csv);
  if (header.slice(0, 4).join(',') !== 'year,det_facility,city,state')
    throw new Error(`${NPR_DECLINED.file}: unexpected header ${header.join(',')}`);
  for (const r of npr) if (r[3] === 'NORTH CAROLINA') add(r[1], r[2], `npr-sanctuary-cities/${NPR_DECLINED.file}`);
  for (const r of readRows(DETENTION.csv, ['name', 'city', 'state']))
    if (r.state === 'NC') add(r.name, r.city, `ice-detention-stats/${DETENTION.file}`);
  // NPR's Charlotte and Raleigh notes: psql tables whose first column is the facility; no city.
  for (const md of NPR_NOTES) {
    for (const line of fs.readFileSync(path.join(RAW_DIR, 'npr-sanctuary-cities', md), 'utf8').split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      if (cells.length === 3 && cells[0] && cells[0] !== 'det_facility' && !/^-+$/.test(cells[0]))
        add(cells[0], found.get(cells[0])?.city ?? '', `npr-sanctuary-cities/${md}`);
    }
  }
  return new Map([...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
