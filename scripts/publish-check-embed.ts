/**
 * Post-build step: the embeddable check, a static document with no framework runtime:
 *   embed/check.html   what the check is, readable without JavaScript, with a link to /check
 *   embed/check.js     lib/embed/check-embed.ts bundled: reads the check from the URL, runs the engine on /check/data/*.json
 *   embed/check-chart.js  lib/embed/check-embed-chart.ts bundled: the claim chart, loaded on the reader's first interaction
 * Any check embeds as /embed/check?<the same query as /check>; it is light by default and sizes itself like every embed (EMBED_SCRIPT).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { embedChartCss } from '../lib/charts/chart-css';
import { CHART_SCRIPT } from '../lib/embed/check-embed-dom';
import { EMBED_CSS, embedHead } from '../lib/embed/embed-html';
import { EMBED_DEFAULTS } from '../lib/embed/embed-params';
import { EMBED_INLINE_JS } from '../lib/embed/embed-script';
import { escapeXml } from '../lib/format/xml';
import { permalink, SITE_NAME } from '../lib/site';

const out = process.env.NEXT_OUT_DIR || 'out';
const started = performance.now();
const bundled = (entry: string, file: string) => {
  const text = buildSync({
    entryPoints: [join('lib', 'embed', entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    write: false,
    legalComments: 'none',
  }).outputFiles[0].text;
  writeFileSync(join(out, 'embed', file), text);
  return text;
};
const js = bundled('check-embed.ts', 'check.js');
const chartJs = bundled('check-embed-chart.ts', CHART_SCRIPT.split('/').pop()!);

const css = `${embedChartCss()}${EMBED_CSS}
.badge{display:inline-block;margin:6px 0 0;padding:1px 8px;border:2px solid var(--fg);border-radius:4px;font-weight:700}
#verdict p{margin:6px 0 0}#result h2{font-size:14px;margin:10px 0 4px}
#chart button{font:inherit;color:inherit;background:none;border:1px solid currentColor;border-radius:4px;padding:2px 10px;margin:10px 0 4px;cursor:pointer}`;
const html = `<!doctype html>
<html lang="en" data-theme="${EMBED_DEFAULTS.theme}" data-chart="check">
${embedHead('Check a number', '/check', css)}
<body>
<main>
<header class="hd"><h1 id="title">Check a number</h1><p class="sub">A number as it was heard, set against the official record by ${SITE_NAME}.</p></header>
<div id="verdict" role="status" aria-live="polite"><p>The check runs in your browser; without JavaScript, open it on ${SITE_NAME}.</p></div>
<div id="result"></div>
<p class="ft"><a id="back" href="${escapeXml(permalink('/check'))}" target="_blank" rel="noopener">${SITE_NAME}: this check, its chart, figures and caveats</a></p>
</main>
<script>${EMBED_INLINE_JS}</script>
<script src="/embed/check.js" defer></script>
</body>
</html>
`;
writeFileSync(join(out, 'embed', 'check.html'), html);
console.log(
  `publish-check-embed: embed/check.html ${gzipSync(html).length} B + check.js ${gzipSync(js).length} B gzipped (on interaction: check-chart.js ${gzipSync(chartJs).length} B), in ${Math.round(performance.now() - started)} ms`,
);
