/**
 * Post-build step: the embeddable grapher, a static document with no framework runtime:
 *   embed/explore.html   the default view drawn at build (readable without JavaScript), the grapher's choices as JSON
 *   embed/explore.js     lib/embed/explore-embed.ts bundled: reads the view from the URL and redraws it from /explore/data/*.json
 * Any view of /explore embeds as /embed/explore?<the same query>; it sizes itself like every embed (EMBED_SCRIPT).
 */
import { embedChartCss } from '../lib/charts/chart-css';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ExploreChartFrame } from '../components/explore/ExploreChartFrame';
import type { ExploreEmbedConfig } from '../lib/embed/explore-embed';
import { EMBED_INLINE_JS } from '../lib/embed/embed-script';
import { escapeXml } from '../lib/format/xml';
import { permalink, SITE_NAME } from '../lib/site';
import { viewRows, viewSummary, viewUnit } from '../lib/view/explore-data';
import { exploreModel } from '../lib/view/explore-page';
import { exploreQuery } from '../lib/view/explore-url';
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
const periods = data.periods.slice(data.periods.indexOf(view.from), data.periods.indexOf(view.to) + 1);
const defaultQuery = exploreQuery(view);
const config: ExploreEmbedConfig = { measures: model.measures, choices: model.choices, defaultQuery };

const bundle = buildSync({ entryPoints: [join('lib', 'embed', 'explore-embed.ts')], bundle: true, minify: true, format: 'iife', target: 'es2019', write: false, legalComments: 'none' });
const js = bundle.outputFiles[0].text;
writeFileSync(join(out, 'embed', 'explore.js'), js);

const themeCss = embedChartCss();
const css = `${themeCss}${EMBED_CSS}#chart ul{display:flex;flex-wrap:wrap;gap:4px 14px;margin:6px 0;padding:0;list-style:none;font-size:13px}`;
const chart = renderToStaticMarkup(createElement(ExploreChartFrame, { rows, counties: view.counties, periods, unit: viewUnit(data.unit, view.per), summaryId: 'summary' }));
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
<div id="chart">${chart}</div>
</figure>
<p class="ft">${escapeXml(`Source: ${data.source.title}`)} · <a id="back" href="${escapeXml(permalink(`/explore?${defaultQuery}`))}" target="_blank" rel="noopener">${SITE_NAME}: this view, its table and data</a></p>
</main>
<script type="application/json" id="explore-config">${configJson}</script>
<script>${EMBED_INLINE_JS}</script>
<script src="/embed/explore.js" defer></script>
</body>
</html>
`;
writeFileSync(join(out, 'embed', 'explore.html'), html);
console.log(`publish-explore-embed: embed/explore.html ${gzipSync(html).length} B + explore.js ${gzipSync(js).length} B gzipped, in ${Math.round(performance.now() - started)} ms`);
