import type { createRoot as CreateRoot } from 'react-dom/client';
import type { flushSync as FlushSync } from 'react-dom';
import { markText } from '../components/charts/chart-parts';
import { DRAWERS } from '../components/charts/kind-components';
import { MapChartView } from '../components/charts/MapChartView';
import { kindModule } from '../lib/charts/kinds/registry';
import type { ChartSpec } from '../lib/charts/chart-spec';
import { FONT_FAMILY } from '../lib/charts/text';
import { PANEL_GAP, PANEL_TITLE_HEIGHT } from '../lib/charts/layout-spec';
import { colour } from '../lib/charts/palette';
import { escapeXml } from '../lib/format/xml';
import type { Theme } from '../lib/charts/palette';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Every kind's drawer at build time: the browser's, and the map (lib/charts/kinds/map.ts). */
const STATIC_DRAWERS = { ...DRAWERS, map: MapChartView };

/** A build-time chart that does not meet the contract: the build stops and says which chart and why. */
export class ChartRenderError extends Error {
  constructor(spec: ChartSpec, what: string) {
    super(`chart ${spec.id} (${spec.chartKind}, ${spec.width}px): ${what}`);
  }
}

/**
 * Renders one chart under jsdom and returns a standalone SVG document string, in the theme's colours.
 * Checks the contract on the way out (see lib/charts/chart-spec.ts): if recharts' output changes so that
 * marks no longer match rows, or the title is missing, this throws instead of publishing a chart without them.
 */
export function renderChartSvg(
  spec: ChartSpec,
  document: Document,
  createRoot: typeof CreateRoot,
  flushSync: typeof FlushSync,
  theme: Theme = 'light',
): string {
  if (spec.panels)
    return renderPanels(
      spec,
      (panel) => renderChartSvg(panel, document, createRoot, flushSync, theme),
      document,
      theme,
    );
  const host = document.createElement('div');
  document.body.appendChild(host);
  const root = createRoot(host);
  try {
    const kind = kindModule(spec.chartKind);
    const View = STATIC_DRAWERS[kind.drawer];
    flushSync(() => root.render(<View spec={spec} width={spec.width} height={spec.height} theme={theme} />));
    const svg = host.querySelector('svg.recharts-surface, svg.chart-map');
    if (!svg) throw new ChartRenderError(spec, 'the renderer drew no <svg>');
    svg.removeAttribute('style');
    svg.setAttribute('class', 'chart-svg');
    svg.setAttribute('data-chart-kind', kind.contract);
    // The font the text module measures (Liberation Sans = Arial metrics), not the page's: labels fit wherever the SVG goes.
    svg.setAttribute('font-family', FONT_FAMILY);
    // Static: a picture with a title and description, not a focusable widget (the interactive chart is).
    svg.setAttribute('role', 'img');
    svg.removeAttribute('tabindex');
    svg.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
    if (svg.querySelector(':scope > title')?.textContent !== spec.title)
      throw new ChartRenderError(spec, 'the <svg> has no <title> naming the chart');
    if (kind.labelsBars) labelBars(svg, spec);
    checkMarks(svg, spec);
    tidy(svg);
    // Several charts share a page: make every id unique to this chart.
    const prefix = `c-${spec.id}-${spec.width}-${theme}-`;
    svg.querySelectorAll('[id]').forEach((el) => el.setAttribute('id', prefix + el.getAttribute('id')));
    // Serialised as XML (not HTML): a standalone file, the thumbnail renderer and an HTML page all read it.
    const xml = new document.defaultView!.XMLSerializer().serializeToString(svg);
    const markup = xml.replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`);
    if (markup.includes('…')) throw new ChartRenderError(spec, 'a text was cut with "…"; labels must wrap');
    return markup;
  } finally {
    root.unmount();
    host.remove();
  }
}

/**
 * Small multiples: each panel rendered (and checked) as a chart of its own, stacked in one SVG document that
 * carries the chart's kind, title and description.
 */
function renderPanels(spec: ChartSpec, render: (panel: ChartSpec) => string, document: Document, theme: Theme): string {
  const view = document.defaultView!;
  let y = 0;
  const parts = spec.panels!.map((panel) => {
    // The panel's own title and description give way to the chart's; its drawing moves down into place, under its own title line.
    const top = panel.panelTitle ? PANEL_TITLE_HEIGHT : 0;
    const root = new view.DOMParser().parseFromString(
      render({ ...panel, height: panel.height - top }),
      'image/svg+xml',
    ).documentElement;
    root.querySelectorAll(':scope > title, :scope > desc').forEach((el) => el.remove());
    const inner = [...root.childNodes].map((n) => new view.XMLSerializer().serializeToString(n)).join('');
    const title = panel.panelTitle
      ? `<text class="chart-text chart-panel-title" x="8" y="14" font-size="12" font-weight="600" fill="${colour(theme, 'chart-text')}">${escapeXml(panel.panelTitle)}</text>`
      : '';
    const part = `<g class="chart-panel" transform="translate(0,${y})">${title}<g transform="translate(0,${top})">${inner}</g></g>`;
    y += panel.height + PANEL_GAP;
    return part;
  });
  const drawn = spec.panels!.reduce((n, p) => n + p.rows.length, 0);
  if (drawn !== spec.rows.length)
    throw new ChartRenderError(spec, `${drawn} rows in the panels for ${spec.rows.length} rows`);
  return (
    `<svg xmlns="${SVG_NS}" class="chart-svg" role="img" width="${spec.width}" height="${spec.height}" viewBox="0 0 ${spec.width} ${spec.height}" ` +
    `data-chart-kind="${kindModule(spec.chartKind).contract}" data-panels="${spec.panels!.length}" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<title>${escapeXml(spec.title)}</title><desc>${escapeXml(spec.description)}</desc>${parts.join('')}</svg>`
  );
}

/** Attributes recharts writes that SVG does not read on these elements (a line has no x or width; nothing reads orientation). */
const UNREAD: Record<string, string[]> = {
  line: ['x', 'y', 'width', 'height', 'orientation'],
  path: ['x', 'y', 'width', 'height', 'name', 'orientation'],
  text: ['width', 'height', 'orientation'],
  g: ['orientation'],
};
const COORDINATES = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'points'];
/** A tenth of a pixel: recharts writes 15 significant digits, which weigh a third of a line chart and move nothing on screen. */
const tenth = (text: string) => text.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10));

/**
 * Drops what the drawing does not need: coordinates rounded to a tenth of a pixel, attributes no renderer
 * reads, and the focus-outline styles of groups that take no focus in a static SVG. Every page, embed and
 * export carries these SVGs, so this is most of what an embed weighs.
 */
function tidy(svg: Element) {
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const name of UNREAD[el.tagName] ?? []) el.removeAttribute(name);
    if (el.tagName === 'g' && el.getAttribute('style') === 'outline: none;') el.removeAttribute('style');
    for (const name of COORDINATES) {
      const value = el.getAttribute(name);
      if (value && /\d\.\d/.test(value)) el.setAttribute(name, tenth(value));
    }
  }
}

/** The rows that have a figure for a bar key, in order: the ones recharts draws a rectangle for. */
const rowsWith = (spec: ChartSpec, key: string) =>
  spec.rows.map((row, i) => ({ row, i })).filter(({ row }) => row.values[key] !== undefined);

/**
 * Gives every bar its row key and a <title> ("FY2019: at least 563"): a native tooltip on hover before any
 * script runs, and the text the embed's script reads out on keyboard focus. Bars are matched to rows by order.
 */
function labelBars(svg: Element, spec: ChartSpec) {
  const layers = svg.querySelectorAll('.recharts-bar');
  if (layers.length !== spec.bars.length)
    throw new ChartRenderError(spec, `${layers.length} bar layers drawn for ${spec.bars.length} series`);
  spec.bars.forEach((bar, b) => {
    const rows = rowsWith(spec, bar.key);
    const shapes = layers[b].querySelectorAll('.recharts-bar-rectangle path');
    if (shapes.length !== rows.length)
      throw new ChartRenderError(spec, `${shapes.length} bars drawn for ${rows.length} rows of "${bar.label}"`);
    shapes.forEach((shape, j) => {
      const title = svg.ownerDocument.createElementNS(SVG_NS, 'title');
      title.textContent = markText(spec, rows[j].i, bar.key);
      shape.appendChild(title);
      shape.setAttribute('class', `${shape.getAttribute('class') ?? ''} chart-mark`.trim());
      shape.setAttribute('data-key', rows[j].row.key);
    });
  });
}

/** Every row with a figure has exactly one mark per series, each with its key and a title equal to its label. */
function checkMarks(svg: Element, spec: ChartSpec) {
  const marks = [...svg.querySelectorAll('.chart-mark')];
  const places = kindModule(spec.chartKind).places;
  const expected = places ? spec.rows.length : spec.bars.reduce((n, bar) => n + rowsWith(spec, bar.key).length, 0);
  if (marks.length !== expected)
    throw new ChartRenderError(spec, `${marks.length} marks drawn for ${expected} figures`);
  for (const mark of marks) {
    const key = mark.getAttribute('data-key');
    if (!key || !spec.rows.some((r) => r.key === key))
      throw new ChartRenderError(spec, `a mark has no row key (data-key="${key ?? ''}")`);
    if (!mark.querySelector('title')?.textContent) throw new ChartRenderError(spec, `mark ${key} has no <title>`);
    if (places && !/^37\d{3}$/.test(mark.getAttribute('data-fips') ?? ''))
      throw new ChartRenderError(spec, `county ${key} has no 5-digit data-fips`);
  }
}
