/**
 * Post-build step: publishes the data next to the static site in out/ (or NEXT_OUT_DIR):
 *   data/<file>.csv          byte-identical copies of data/<file>.csv
 *   data/<file>.json         the same rows, typed
 *   data/<file>.schema.json  the Table Schema
 *   data/pages/<file>-<n>.json  the rows in pages, for tables that load a page at a time
 *   data/pages/<file>.index.json  a columnar index of every row, for tables that filter and sort all rows
 *   data/by-county/<file>/<fips>.csv  one NC county's rows, for datasets with a county column
 *   datapackage.json         the Data Package v2 descriptor with sha256 hashes and byte sizes
 *   data/on-the-record-data.zip  one folder with every CSV, the descriptor, README and CHANGELOG, each dated
 *                            the day it last changed
 *   charts/<id>.csv          exactly the rows each chart draws, with their sources
 *   robots.txt, and sitemap.xml when SITE_URL gives the origin its absolute URLs need
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { dataDir, loadIndex, loadTables } from '../lib/data/dataset';
import { originReport, permalink, SITE_ORIGIN } from '../lib/site';
import { catalogue, indexHref, PAGE_ROWS, pageHref, ZIP_NAME } from '../lib/view/catalogue';
import { countyColumn, countyCsvHref, countyCsvs } from '../lib/view/county-rows';
import { buildTableIndex } from '../lib/view/table-index';
import { publishedChartRows, publishedCharts } from '../lib/view/published-charts';
import { htmlRoutes } from './html-files';
import { makeZip } from './zip';

/** The folder every entry of the ZIP sits in, so unzipping makes one folder named like the download. */
const ZIP_FOLDER = ZIP_NAME.replace(/\.zip$/, '');

/** A file's last-changed day: from git (the catalogue's date), else from the file itself. */
const changedOn = (lastUpdated: string | null, path: string) =>
  lastUpdated ?? statSync(path).mtime.toISOString().slice(0, 10);

function main() {
  const started = performance.now();
  const out = process.env.NEXT_OUT_DIR || 'out';
  const dir = dataDir();
  const { pkg, tables } = loadTables(dir);
  const entries = catalogue(dir);
  mkdirSync(join(out, 'data', 'pages'), { recursive: true });

  const published = structuredClone(pkg) as typeof pkg & {
    resources: Array<Record<string, unknown>>;
    homepage?: string;
  };
  // The descriptor's homepage is the public site: SITE_URL, or nothing rather than a placeholder domain.
  if (SITE_ORIGIN) published.homepage = `${SITE_ORIGIN}/`;
  else delete published.homepage;
  for (const entry of entries) {
    const stem = entry.file.replace(/\.csv$/, '');
    copyFileSync(join(dir, entry.file), join(out, 'data', entry.file));
    const rows = (tables[entry.name] ?? []).map((r) => r.values);
    writeFileSync(join(out, 'data', `${stem}.json`), `${JSON.stringify(rows)}\n`);
    const resource = pkg.resources.find((r) => r.name === entry.name)!;
    writeFileSync(join(out, 'data', `${stem}.schema.json`), `${JSON.stringify(resource.schema, null, 2)}\n`);
    for (let page = 0; page * PAGE_ROWS < rows.length || page === 0; page++) {
      writeFileSync(
        join(out, pageHref(stem, page + 1)),
        `${JSON.stringify(rows.slice(page * PAGE_ROWS, (page + 1) * PAGE_ROWS))}\n`,
      );
    }
    writeFileSync(
      join(out, indexHref(stem)),
      `${JSON.stringify(
        buildTableIndex(
          entry.fields.map((f) => f.name),
          rows,
        ),
      )}\n`,
    );
    const county = countyColumn(entry.fields);
    if (county) {
      mkdirSync(join(out, 'data', 'by-county', stem), { recursive: true });
      for (const [fips, { csv }] of countyCsvs(readFileSync(join(dir, entry.file), 'utf8'), county))
        writeFileSync(join(out, countyCsvHref(entry.file, fips)), csv);
    }
    const target = published.resources.find((r) => r.name === entry.name)!;
    Object.assign(target, { path: `data/${entry.file}`, hash: `sha256:${entry.sha256}`, bytes: entry.bytes });
  }
  writeFileSync(join(out, 'datapackage.json'), `${JSON.stringify(published, null, 2)}\n`);

  // In the ZIP the CSVs sit beside the descriptor, as in data/.
  const zipped = structuredClone(published);
  for (const r of zipped.resources) r.path = String(r.path).replace(/^data\//, '');
  const docs = ['README.md', 'CHANGELOG.md'].filter((f) => existsSync(join(dir, f)));
  const dated = entries.map((e) => ({ file: e.file, date: changedOn(e.lastUpdated, join(dir, e.file)) }));
  // The descriptor, README and CHANGELOG describe the package as of its latest change.
  const packageDate = dated
    .map((d) => d.date)
    .sort()
    .at(-1)!;
  const zip = makeZip([
    ...dated.map((d) => ({ name: `${ZIP_FOLDER}/${d.file}`, data: readFileSync(join(dir, d.file)), date: d.date })),
    {
      name: `${ZIP_FOLDER}/datapackage.json`,
      data: Buffer.from(`${JSON.stringify(zipped, null, 2)}\n`),
      date: packageDate,
    },
    ...docs.map((f) => ({ name: `${ZIP_FOLDER}/${f}`, data: readFileSync(join(dir, f)), date: packageDate })),
  ]);
  writeFileSync(join(out, 'data', ZIP_NAME), zip);

  const index = loadIndex(dir);
  const charts = publishedCharts(index, tables);
  mkdirSync(join(out, 'charts'), { recursive: true });
  for (const spec of charts)
    writeFileSync(
      join(out, 'charts', `${spec.id}.csv`),
      `${Papa.unparse(publishedChartRows(index, tables, spec), { newline: '\n' })}\n`,
    );

  // A sitemap lists absolute URLs only, so it needs the public origin.
  const routes = htmlRoutes(out).sort();
  if (SITE_ORIGIN) {
    const urls = routes.map((r) => `  <url><loc>${permalink(r)}</loc></url>`).join('\n');
    writeFileSync(
      join(out, 'sitemap.xml'),
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    );
  }
  writeFileSync(
    join(out, 'robots.txt'),
    `User-agent: *\nAllow: /\n${SITE_ORIGIN ? `\nSitemap: ${permalink('/sitemap.xml')}\n` : ''}`,
  );

  const ms = Math.round(performance.now() - started);
  console.log(`publish-data: ${originReport()}`);
  console.log(
    `publish-data: ${entries.length} datasets, ${charts.length} chart CSVs, ${SITE_ORIGIN ? `${routes.length} routes in sitemap` : 'no sitemap'}, zip ${zip.length} bytes, in ${ms} ms`,
  );
}

main();
