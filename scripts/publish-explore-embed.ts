/**
 * Post-build step: the embeddable grapher, a static document with no framework runtime:
 *   embed/explore.html             the default view, its chart the build-time SVG (ChartView, like every chart), the grapher's choices as JSON
 *   embed/explore-views/<id>.svg, <id>.narrow.svg   each measure's first view, drawn the same way (exploreDefaultViews), for the script to fetch
 *   embed/explore.js               lib/embed/explore-embed.ts bundled: reads the view from the URL and shows its drawn chart, or its figures
 * Any view of /explore embeds as /embed/explore?<the same query>; it sizes itself like every embed (EMBED_SCRIPT).
 */
import { embedChartCss } from '../lib/charts/chart-css';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import type { ChartSpec } from '../lib/charts/chart-spec';
import { readChartSvgs } from '../lib/charts/svg-store';
import type { ExploreEmbedConfig } from '../lib/embed/explore-embed';
import { EMBED_INLINE_JS } from '../lib/embed/embed-script';
import { escapeXml } from '../lib/format/xml';
import { permalink, SITE_NAME } from '../lib/site';
import { allPlaceEvents } from '../lib/view/chart-events';
import { viewRows, viewSummary } from '../lib/view/explore-data';
import { exploreModel } from '../lib/view/explore-page';
import { exploreDefaultViews } from '../lib/view/explore-spec';
import { exploreQuery, parseExplore } from '../lib/view/explore-url';
import { EMBED_CSS, embedHead } from '../lib/embed/embed-html';

const out = process.env.NEXT_OUT_DIR || 'out';
const started = performance.now();
const model = exploreModel();
if (!model.defaultView) {
  console.log('publish-explore-embed: no measure to explore in this data folder, so no grapher embed');
  process.exit(0);
}
const view = model.defaultView;
const data = model.data(view.measure);
const rows = viewRows(data, view);
const defaultQuery = exploreQuery(view);

/** A drawn view: the chart box with both layouts (the chart-frame rule shows the one that fits), and its notes. */
function chartHtml(spec: ChartSpec): string {
  const svg = readChartSvgs(spec.id);
  const notes = spec.notes.map((n) => `<p class="note">${escapeXml(n)}</p>`).join('');
  return `<div class="chart-box chart-frame" data-chart-kind="${spec.chartKind}"><div class="chart-wide">${svg.wide}</div><div class="chart-narrow">${svg.narrow}</div></div>${notes}`;
}

const views = exploreDefaultViews({ ...model, events: allPlaceEvents() });
const queryOf = (spec: ChartSpec) =>
  exploreQuery(parseExplore(new URLSearchParams(spec.href.split('?')[1]), model.choices));
const first = views.find((s) => queryOf(s) === defaultQuery);
if (!first) throw new Error('publish-explore-embed: the default view was not drawn (exploreDefaultViews)');
mkdirSync(join(out, 'embed', 'explore-views'), { recursive: true });
const drawn: ExploreEmbedConfig['drawn'] = {};
for (const spec of views.filter((s) => s !== first)) {
  const svg = readChartSvgs(spec.id);
  const [wide, narrow] = [`/embed/explore-views/${spec.id}.svg`, `/embed/explore-views/${spec.id}.narrow.svg`];
  writeFileSync(join(out, wide), svg.wide);
  writeFileSync(join(out, narrow), svg.narrow);
  drawn[queryOf(spec)] = { wide, narrow, kind: spec.chartKind, notes: spec.notes };
}
const config: ExploreEmbedConfig = { measures: model.measures, choices: model.choices, defaultQuery, drawn };

const bundle = buildSync({
  entryPoints: [join('lib', 'embed', 'explore-embed.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2019',
  write: false,
  legalComments: 'none',
});
const js = bundle.outputFiles[0].text;
writeFileSync(join(out, 'embed', 'explore.js'), js);

const css = `${embedChartCss()}${EMBED_CSS}`;
const title = escapeXml(data.label);
// JSON in a <script> block: "<" is escaped so no data text can close the element.
const configJson = JSON.stringify(config).replace(/</g, '\\u003c');
const html = `<!doctype html>
<html lang="en" data-theme="auto" data-chart="explore">
${embedHead(`Explore: ${title}`, '/explore', css)}
<body>
<main>
<header class="hd"><h1 id="title">${title}</h1></header>
<figure aria-labelledby="title">
<p id="summary" class="sub">${escapeXml(viewSummary(data, view, rows))}</p>
<div id="chart">${chartHtml(first)}</div>
</figure>
<p class="ft"><span id="source">${escapeXml(`Source: ${data.source.title}`)}</span> · <a id="back" href="${escapeXml(permalink(`/explore?${defaultQuery}`))}" target="_blank" rel="noopener">${SITE_NAME}: this view, its table and data</a></p>
</main>
<script type="application/json" id="explore-config">${configJson}</script>
<script>${EMBED_INLINE_JS}</script>
<script src="/embed/explore.js" defer></script>
</body>
</html>
`;
writeFileSync(join(out, 'embed', 'explore.html'), html);
console.log(
  `publish-explore-embed: embed/explore.html ${gzipSync(html).length} B + explore.js ${gzipSync(js).length} B gzipped, ${views.length - 1} more drawn views, in ${Math.round(performance.now() - started)} ms`,
);
