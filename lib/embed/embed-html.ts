import type { ChartSpec } from '../charts/chart-spec';
import { caveatLine, creditedSource } from '../charts/source-line';
import { chartTableHtml } from '../charts/chart-table-html';
import { kindModule } from '../charts/kinds/registry';
import { escapeXml } from '../format/xml';
import { permalink, SITE_NAME } from '../site';
import { EMBED_DEFAULTS } from './embed-params';
import { EMBED_INLINE_JS } from './embed-script';

export interface EmbedInput {
  spec: ChartSpec;
  svg: { wide: string; narrow: string };
  /** The site's chart theme CSS (app/chart-theme.css), shared with the pages. */
  themeCss: string;
  /** Page the embed links back to: the claim's permalink, or the chart page. */
  backLink: string;
}

export const EMBED_CSS = `
html,body{margin:0;padding:0}
body{font:14px/1.45 ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--fg)}
main{padding:12px 14px}
h1{font-size:16px;line-height:1.3;margin:0}
.sub{margin:2px 0 0;color:var(--muted);font-size:13px}
figure{margin:8px 0 0}
.ft{margin:8px 0 0;font-size:12px;color:var(--muted)}
.cv{color:var(--fg)}
a{color:var(--link)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.plain .hd,.plain .ft{display:none}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.tip{position:absolute;display:none;z-index:2;max-width:240px;padding:4px 8px;border:1px solid var(--rule);border-radius:4px;background:var(--bg);color:var(--fg);font-size:12px;pointer-events:none}
.note{margin:6px 0 0;font-size:12px}
.tbl{margin:6px 0 0;font-size:12px}.tbl summary{cursor:pointer;min-height:24px}.tbl table{border-collapse:collapse;margin-top:4px}.tbl th,.tbl td{padding:2px 8px 2px 0;text-align:left;font-weight:normal}.tbl caption{text-align:left;font-weight:600}
:root[data-theme=light]{color-scheme:light}
`;

/** The <head> of a framework-free embed document (the grapher's, the check's): title, no indexing, canonical page, inline CSS. `title` is already escaped. */
export function embedHead(title: string, canonicalPath: string, css: string, description?: string): string {
  return `<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} · ${SITE_NAME}</title>
<meta name="robots" content="noindex">
${description === undefined ? '' : `<meta name="description" content="${escapeXml(description)}">\n`}<link rel="icon" href="data:,">
<link rel="canonical" href="${escapeXml(permalink(canonicalPath))}">
<style>${css}</style>
</head>`;
}

/**
 * A chart as a standalone HTML document for iframes: title, subtitle, the build-time SVG (wide and narrow
 * layouts, picked by width), a one-line source and a link back. No framework runtime: a few lines of inline
 * script post the height to the host and add keyboard focus to the bars.
 */
export function embedHtml({ spec, svg, themeCss, backLink }: EmbedInput): string {
  const title = escapeXml(spec.title);
  const caveat = caveatLine(spec);
  return `<!doctype html>
<html lang="en" data-theme="${EMBED_DEFAULTS.theme}" data-chart="${escapeXml(spec.id)}" data-chart-kind="${kindModule(spec.chartKind).contract}" data-chart-reading="${kindModule(spec.chartKind).reading}">
${embedHead(title, backLink, `${themeCss}${EMBED_CSS}`, spec.description.slice(0, 160))}
<body>
<main>
<header class="hd"><h1>${title}</h1><p class="sub">${escapeXml(spec.subtitle)}</p></header>
<figure aria-label="${title}">
<div class="chart-box chart-frame"><div class="chart-wide">${svg.wide}</div><div class="chart-narrow narrow">${svg.narrow}</div></div>
<figcaption class="sr">${escapeXml(spec.description)}</figcaption>
</figure>
${[spec.overlayNote, ...spec.notes]
  .filter(Boolean)
  .map((n) => `<p class="note">${escapeXml(n!)}</p>`)
  .join('')}
<details class="tbl"><summary>Table</summary>${chartTableHtml(spec)}</details>
${caveat ? `<p class="ft cv">${escapeXml(caveat)}</p>\n` : ''}<p class="ft">${escapeXml(creditedSource(spec))} · <a href="${escapeXml(permalink(backLink))}" target="_blank" rel="noopener">${SITE_NAME}: full chart, data and caveats</a></p>
</main>
<script>${EMBED_INLINE_JS}</script>
</body>
</html>
`;
}
