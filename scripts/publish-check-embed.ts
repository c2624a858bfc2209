/**
 * Post-build step: the embeddable check, a static document with no framework runtime:
 *   embed/check.html   what the check is, readable without JavaScript, with a link to /check
 *   embed/check.js     lib/embed/check-embed.ts bundled: reads the check from the URL, runs the engine on /check/data/*.json
 * Any check embeds as /embed/check?<the same query as /check>; it is light by default and sizes itself like every embed (EMBED_SCRIPT).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { embedChartCss } from '../lib/charts/chart-css';
import { EMBED_CSS, embedHead } from '../lib/embed/embed-html';
import { EMBED_DEFAULTS } from '../lib/embed/embed-params';
import { EMBED_INLINE_JS } from '../lib/embed/embed-script';
import { escapeXml } from '../lib/format/xml';
import { permalink, SITE_NAME } from '../lib/site';

const out = process.env.NEXT_OUT_DIR || 'out';
const started = performance.now();
const bundle = buildSync({ entryPoints: [join('lib', 'embed', 'check-embed.ts')], bundle: true, minify: true, format: 'iife', target: 'es2019', write: false, legalComments: 'none' });
const js = bundle.outputFiles[0].text;
writeFileSync(join(out, 'embed', 'check.js'), js);

const css = `${embedChartCss()}${EMBED_CSS}
.badge{display:inline-block;margin:6px 0 0;padding:1px 8px;border:2px solid var(--fg);border-radius:4px;font-weight:700}
#verdict p{margin:6px 0 0}#result h2{font-size:14px;margin:10px 0 4px}`;
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
console.log(`publish-check-embed: embed/check.html ${gzipSync(html).length} B + check.js ${gzipSync(js).length} B gzipped, in ${Math.round(performance.now() - started)} ms`);
