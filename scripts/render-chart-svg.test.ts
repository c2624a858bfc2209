import { installDom } from './chart-dom';

/** The build-time render checks its own output: a chart that breaks the contract fails the build with a message. */
describe('renderChartSvg', () => {
  const dom = installDom();
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { createRoot } = require('react-dom/client') as typeof import('react-dom/client');
  const { flushSync } = require('react-dom') as typeof import('react-dom');
  const { renderChartSvg } = require('./render-chart-svg') as typeof import('./render-chart-svg');
  const { layoutSpec } = require('../lib/charts/layout-spec') as typeof import('../lib/charts/layout-spec');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const render = (spec: ReturnType<typeof layoutSpec>) => renderChartSvg(spec, dom.window.document, createRoot, flushSync);
  const bars = (values: number[]) =>
    layoutSpec({
      id: 'test-chart', kind: 'series', chartKind: 'bar', title: 'A test chart', subtitle: '', unit: 'people',
      bars: [{ key: 'v', label: 'people', tone: 'series-1' }],
      rows: values.map((v, i) => ({ key: `r${i}`, category: `Row ${i}`, values: { v }, labels: { v: String(v) }, observationIds: { v: `o${i}` } })),
      overlay: null, overlayNote: null, notes: [], domainMin: 0, domainMax: 10, ticks: [0, 5, 10], publishers: [], href: '/charts/test-chart',
    });

  it('writes the contract: the kind on the root, a row key and a title on every mark', () => {
    const svg = render(bars([3, 7]));
    expect(svg).toMatch(/^<svg[^>]* data-chart-kind="bar"/);
    const doc = new dom.window.DOMParser().parseFromString(svg, 'image/svg+xml');
    const marks = [...doc.querySelectorAll('.chart-mark')];
    expect(marks.map((m) => [m.getAttribute('data-key'), m.querySelector('title')?.textContent])).toEqual([['r0', 'Row 0: 3'], ['r1', 'Row 1: 7']]);
  });

  it('fails loudly when the marks drawn do not match the rows', () => {
    expect(() => render(bars([3, Number.NaN]))).toThrow(/^chart test-chart \(bar, 640px\): 1 bars drawn for 2 rows of "people"$/);
  });
});
