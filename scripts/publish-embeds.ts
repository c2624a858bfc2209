/**
 * Post-build step: writes one static embed document per chart (out/embed/<id>.html) and its oEmbed
 * response (out/oembed/<id>.json). The embeds carry no framework runtime: the build-time SVG, the shared
 * chart CSS and a few lines of script. oEmbed answers need absolute URLs, so they are written only when
 * SITE_URL gives the public origin; the pages then link to them (lib/view/page-meta.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readChartSvgs } from '../lib/charts/svg-store';
import { loadIndex, loadTables } from '../lib/data/dataset';
import { oembed, oembedPath } from '../lib/embed/embed-code';
import { embedHtml } from '../lib/embed/embed-html';
import { chartSharePath, claimSharePath } from '../lib/embed/share-paths';
import { embedChartCss } from '../lib/charts/chart-css';
import { SITE_ORIGIN } from '../lib/site';
import { publishedCharts } from '../lib/view/published-charts';

const out = process.env.NEXT_OUT_DIR || 'out';
const started = performance.now();
const themeCss = embedChartCss();
mkdirSync(join(out, 'embed'), { recursive: true });
if (SITE_ORIGIN) mkdirSync(join(out, 'oembed'), { recursive: true });
let largest = 0;
const charts = publishedCharts(loadIndex(), loadTables().tables);
for (const spec of charts) {
  const html = embedHtml({ spec, svg: readChartSvgs(spec.id), themeCss, backLink: spec.href });
  writeFileSync(join(out, 'embed', `${spec.id}.html`), html);
  largest = Math.max(largest, gzipSync(html).length);
  const thumbnail = spec.kind === 'claim' ? claimSharePath(spec.id) : chartSharePath(spec.id);
  if (SITE_ORIGIN)
    writeFileSync(join(out, oembedPath(spec)), `${JSON.stringify(oembed(spec, thumbnail, SITE_ORIGIN), null, 2)}\n`);
}
console.log(
  `publish-embeds: ${charts.length} embeds${SITE_ORIGIN ? ' and oEmbed files' : ', no oEmbed (SITE_URL not set)'}, largest embed ${largest} bytes gzipped, in ${Math.round(performance.now() - started)} ms`,
);
