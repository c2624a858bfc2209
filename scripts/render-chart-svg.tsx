import type { createRoot as CreateRoot } from 'react-dom/client';
import type { flushSync as FlushSync } from 'react-dom';
import { BarChartView } from '../components/charts/BarChartView';
import type { ChartSpec } from '../lib/charts/chart-spec';

/** Renders one chart under jsdom and returns a standalone SVG document string. */
export function renderChartSvg(spec: ChartSpec, document: Document, createRoot: typeof CreateRoot, flushSync: typeof FlushSync): string {
  const host = document.createElement('div');
  document.body.appendChild(host);
  const root = createRoot(host);
  flushSync(() => root.render(<BarChartView spec={spec} width={spec.width} height={spec.height} />));
  const svg = host.querySelector('svg.recharts-surface');
  if (!svg) throw new Error(`chart ${spec.id}: recharts rendered no <svg>`);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.removeAttribute('style');
  svg.setAttribute('class', 'chart-svg');
  // Static: a picture with a title and description, not a focusable widget (the interactive chart is).
  svg.setAttribute('role', 'img');
  svg.removeAttribute('tabindex');
  svg.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
  // Several charts share a page: make every id unique to this chart.
  labelBars(svg, spec);
  const prefix = `c-${spec.id}-${spec.width}-`;
  svg.querySelectorAll('[id]').forEach((el) => el.setAttribute('id', prefix + el.getAttribute('id')));
  const markup = svg.outerHTML.replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`);
  root.unmount();
  host.remove();
  return markup;
}

/**
 * Gives every bar a <title> ("FY2019: at least 563"): a native tooltip on hover before any script runs,
 * and the text the embed's small script uses for keyboard focus. Bars are matched to rows by order.
 */
function labelBars(svg: Element, spec: ChartSpec) {
  const layers = svg.querySelectorAll('.recharts-bar');
  spec.bars.forEach((bar, i) => {
    const rows = spec.rows.filter((r) => r.values[bar.key] !== undefined);
    const shapes = layers[i]?.querySelectorAll('.recharts-bar-rectangle path') ?? [];
    if (shapes.length !== rows.length) return;
    shapes.forEach((shape, j) => {
      const title = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'title');
      const series = spec.bars.length > 1 ? `${bar.label}, ` : '';
      title.textContent = `${rows[j].category}: ${series}${rows[j].labels[bar.key]}`;
      shape.appendChild(title);
      shape.setAttribute('class', `${shape.getAttribute('class') ?? ''} chart-bar`.trim());
    });
  });
}
