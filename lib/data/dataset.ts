import { Index } from './evidence';
import { loadPackage } from './load-package';
import { DataError, type Problem } from './problem';
import { type Dataset, RESOURCE_OF } from './records';
import type { DataPackage } from './schema';
import type { Tables } from './validate-keys';

/** The data folder the site is built from: DATA_DIR when set (to preview a draft), else data/. */
export const dataDir = () => process.env.DATA_DIR || 'data';

/** Every collection the dataset needs must be in the descriptor. */
function missingResources(dir: string, pkg: DataPackage | undefined): Problem[] {
  if (!pkg) return [];
  return Object.values(RESOURCE_OF)
    .filter((name) => !pkg.resources.some((r) => r.name === name))
    .map((name) => ({ path: `${dir}/datapackage.json`, line: 1, column: 1, message: `resource "${name}" is missing` }));
}

/** Validates a folder and returns every problem, plus the typed dataset when there are none. */
export function checkDataset(dir: string): { dataset?: Dataset; pkg?: DataPackage; problems: Problem[] } {
  const { pkg, tables, problems } = loadPackage(dir);
  problems.push(...missingResources(dir, pkg));
  if (problems.length || !pkg) return { pkg, problems };
  const rows = <T>(key: keyof Dataset) => tables[RESOURCE_OF[key]].map((r) => r.values as unknown as T);
  const dataset: Dataset = {
    units: rows('units'),
    sources: rows('sources'),
    stories: rows('stories'),
    series: rows('series'),
    observations: rows('observations'),
    claims: rows('claims'),
    evidence: rows('evidence'),
  };
  return { dataset, pkg, problems };
}

/**
 * checkDataset without the dataset: the same problems, in the same order, and the number of rows in
 * each collection when there are none. No rows are kept, so a folder of any size is checked in
 * memory that does not grow with its files (npm run check:data).
 */
export function checkDatasetCounts(dir: string): { counts?: Record<keyof Dataset, number>; pkg?: DataPackage; problems: Problem[] } {
  const { pkg, counts, problems } = loadPackage(dir, { retainRows: false });
  problems.push(...missingResources(dir, pkg));
  if (problems.length || !pkg) return { pkg, problems };
  const perCollection = Object.fromEntries(Object.entries(RESOURCE_OF).map(([key, name]) => [key, counts[name]]));
  return {
    counts: perCollection as Record<keyof Dataset, number>,
    pkg,
    problems,
  };
}

const cache = new Map<string, Dataset>();

/** Loads a valid dataset or throws a DataError listing every problem. Cached per folder for the build. */
export function loadDataset(dir: string = dataDir()): Dataset {
  const hit = cache.get(dir);
  if (hit) return hit;
  const { dataset, problems } = checkDataset(dir);
  if (!dataset) throw new DataError(problems);
  cache.set(dir, dataset);
  return dataset;
}

const indexes = new WeakMap<Dataset, Index>();

/** The dataset with its lookups, built once per folder. */
export function loadIndex(dir: string = dataDir()): Index {
  const data = loadDataset(dir);
  let index = indexes.get(data);
  if (!index) indexes.set(data, (index = new Index(data)));
  return index;
}

const packages = new Map<string, { pkg: DataPackage; tables: Tables }>();

/** The validated package with the typed rows of every resource, derived datasets included. */
export function loadTables(dir: string = dataDir()): { pkg: DataPackage; tables: Tables } {
  const hit = packages.get(dir);
  if (hit) return hit;
  const { pkg, tables, problems } = loadPackage(dir);
  if (problems.length || !pkg) throw new DataError(problems);
  const loaded = { pkg, tables };
  packages.set(dir, loaded);
  return loaded;
}
