/**
 * The check embed's chart, bundled at build (scripts/publish-check-embed.ts) into /embed/check-chart.js, which
 * check-embed.ts loads on the reader's first interaction: claimChart on the verdict the first script handed
 * over, drawn as bars with the reader's number as a band or line, in place of the "Show the chart" button.
 */
import { claimMark } from '../charts/annotations';
import type { CheckVerdict } from '../check/check-verdict';
import { checkChart } from '../check/run-check';
import type { ChartSpec } from '../charts/chart-spec';
import { formatTick } from '../format/number';
import { CHART_SLOT, el, VERDICT_KEY } from './check-embed-dom';

const SVG = 'http://www.w3.org/2000/svg';

function svgEl(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The claim chart as bars with the reader's number as a band or line; the spec's own summary describes it. */
function drawBars(spec: ChartSpec): SVGElement {
  const width = 640;
  const label = 170;
  const row = 26;
  const top = 8;
  const height = top + spec.rows.length * row + 24;
  const span = spec.domainMax - spec.domainMin || 1;
  const x = (v: number) => label + ((v - spec.domainMin) / span) * (width - label - 16);
  const svg = svgEl('svg', {
    role: 'img',
    viewBox: `0 0 ${width} ${height}`,
    width: '100%',
    'aria-describedby': 'summary',
    style: `aspect-ratio:${width}/${height};display:block`,
  });
  svg.appendChild(svgEl('title', {}, spec.title));
  const bottom = top + spec.rows.length * row;
  for (const t of spec.ticks) {
    svg.appendChild(svgEl('line', { x1: x(t), x2: x(t), y1: top, y2: bottom, stroke: 'var(--chart-grid)' }));
    svg.appendChild(
      svgEl(
        'text',
        { x: x(t), y: bottom + 16, 'text-anchor': 'middle', 'font-size': 11, fill: 'var(--chart-text)' },
        formatTick(t, spec.unit),
      ),
    );
  }
  const o = claimMark(spec);
  if (o) {
    if (o.kind === 'band')
      svg.appendChild(
        svgEl('rect', {
          x: x(o.from),
          y: top,
          width: Math.max(2, x(o.to) - x(o.from)),
          height: bottom - top,
          fill: 'var(--claim)',
          'fill-opacity': 0.18,
          stroke: 'var(--claim)',
          'stroke-dasharray': '4 3',
        }),
      );
    else
      svg.appendChild(
        svgEl('line', {
          x1: x(o.from),
          x2: x(o.from),
          y1: top,
          y2: bottom,
          stroke: 'var(--claim)',
          'stroke-width': 2.5,
          'stroke-dasharray': '6 3',
        }),
      );
  }
  spec.rows.forEach((r, i) => {
    const y = top + i * row;
    const v = r.values.v ?? 0;
    svg.appendChild(
      svgEl(
        'text',
        {
          x: label - 6,
          y: y + row / 2,
          dy: '0.32em',
          'text-anchor': 'end',
          'font-size': 12,
          fill: 'var(--chart-text)',
        },
        r.category.length > 26 ? `${r.category.slice(0, 25)}…` : r.category,
      ),
    );
    const bar = svgEl('rect', {
      class: 'chart-mark',
      x: Math.min(x(0), x(v)),
      y: y + 4,
      width: Math.max(1, Math.abs(x(v) - x(0))),
      height: row - 8,
      fill: `var(--tone-${r.tone ?? 'record'})`,
    });
    bar.appendChild(svgEl('title', {}, `${r.category}: ${r.labels.v}`));
    svg.appendChild(bar);
    svg.appendChild(
      svgEl(
        'text',
        { x: x(v) + 4, y: y + row / 2, dy: '0.32em', 'font-size': 11, fill: 'var(--chart-text)' },
        r.labels.v,
      ),
    );
  });
  return svg;
}

const verdict = (window as unknown as Record<string, CheckVerdict | undefined>)[VERDICT_KEY];
const spec = verdict && checkChart(verdict);
const slot = document.getElementById(CHART_SLOT);
if (spec && slot)
  slot.replaceChildren(el('h2', spec.title), drawBars(spec), el('p', spec.description, { id: 'summary', class: 'sr' }));
