/**
 * Post-build step: publishes the data next to the static site in out/ (or NEXT_OUT_DIR):
 *   data/<file>.csv          byte-identical copies of data/<file>.csv
 *   data/<file>.json         the same rows, typed
 *   data/<file>.schema.json  the Table Schema
 *   data/pages/<file>-<n>.json  the rows in pages, for tables that load a page at a time
 *   datapackage.json         the Data Package v2 descriptor with sha256 hashes and byte sizes
 *   data/on-the-record-data.zip  every CSV, the descriptor, README and CHANGELOG
 *   charts/<id>.csv          exactly the rows each chart draws, with their sources
 *   sitemap.xml, robots.txt  from the exported routes
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import { dataDir, loadIndex, loadTables } from '../lib/data/dataset';
import { permalink } from '../lib/site';
import { catalogue, PAGE_ROWS, pageHref, ZIP_NAME } from '../lib/view/catalogue';
import { publishedChartRows, publishedCharts } from '../lib/view/published-charts';
import { htmlFiles } from './html-files';
import { makeZip } from './zip';

function htmlRoutes(out: string): string[] {
  return [...htmlFiles(out)].flatMap((path) => {
    const route = `/${relative(out, path).replace(/\.html$/, '')}`;
    // Embeds are noindex documents for iframes, not pages to list in the sitemap.
    if (route.startsWith('/embed/') || route === '/404' || route === '/_not-found') return [];
    return [route === '/index' ? '/' : route];
  });
}

function main() {
  const started = performance.now();
  const out = process.env.NEXT_OUT_DIR || 'out';
  const dir = dataDir();
  const { pkg, tables } = loadTables(dir);
  const entries = catalogue(dir);
  mkdirSync(join(out, 'data', 'pages'), { recursive: true });

  const published = structuredClone(pkg) as typeof pkg & { resources: Array<Record<string, unknown>> };
  for (const entry of entries) {
    const stem = entry.file.replace(/\.csv$/, '');
    copyFileSync(join(dir, entry.file), join(out, 'data', entry.file));
    const rows = (tables[entry.name] ?? []).map((r) => r.values);
    writeFileSync(join(out, 'data', `${stem}.json`), `${JSON.stringify(rows)}\n`);
    const resource = pkg.resources.find((r) => r.name === entry.name)!;
    writeFileSync(join(out, 'data', `${stem}.schema.json`), `${JSON.stringify(resource.schema, null, 2)}\n`);
    for (let page = 0; page * PAGE_ROWS < rows.length || page === 0; page++) {
      writeFileSync(join(out, pageHref(stem, page + 1)), `${JSON.stringify(rows.slice(page * PAGE_ROWS, (page + 1) * PAGE_ROWS))}\n`);
    }
    const target = published.resources.find((r) => r.name === entry.name)!;
    Object.assign(target, { path: `data/${entry.file}`, hash: `sha256:${entry.sha256}`, bytes: entry.bytes });
  }
  writeFileSync(join(out, 'datapackage.json'), `${JSON.stringify(published, null, 2)}\n`);

  // In the ZIP the CSVs sit beside the descriptor, as in data/.
  const zipped = structuredClone(published);
  for (const r of zipped.resources) r.path = String(r.path).replace(/^data\//, '');
  const docs = ['README.md', 'CHANGELOG.md'].filter((f) => existsSync(join(dir, f)));
  const zip = makeZip([
    ...entries.map((e) => ({ name: e.file, data: readFileSync(join(dir, e.file)) })),
    { name: 'datapackage.json', data: Buffer.from(`${JSON.stringify(zipped, null, 2)}\n`) },
    ...docs.map((f) => ({ name: f, data: readFileSync(join(dir, f)) })),
  ]);
  writeFileSync(join(out, 'data', ZIP_NAME), zip);

  const index = loadIndex(dir);
  const charts = publishedCharts(index, dir);
  mkdirSync(join(out, 'charts'), { recursive: true });
  for (const spec of charts) writeFileSync(join(out, 'charts', `${spec.id}.csv`), `${Papa.unparse(publishedChartRows(index, tables, spec), { newline: '\n' })}\n`);

  const routes = htmlRoutes(out).sort();
  const urls = routes.map((r) => `  <url><loc>${permalink(r)}</loc></url>`).join('\n');
  writeFileSync(join(out, 'sitemap.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`);
  writeFileSync(join(out, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${permalink('/sitemap.xml')}\n`);

  const ms = Math.round(performance.now() - started);
  console.log(`publish-data: ${entries.length} datasets, ${charts.length} chart CSVs, ${routes.length} routes in sitemap, zip ${zip.length} bytes, in ${ms} ms`);
}

main();
