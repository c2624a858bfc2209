import { installDom } from './chart-dom';

/** The build-time render checks its own output: a chart that breaks the contract fails the build with a message. */
describe('renderChartSvg', () => {
  const dom = installDom();
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { createRoot } = require('react-dom/client') as typeof import('react-dom/client');
  const { flushSync } = require('react-dom') as typeof import('react-dom');
  const { renderChartSvg } = require('./render-chart-svg') as typeof import('./render-chart-svg');
  const { layoutSpec } = require('../lib/charts/layout-spec') as typeof import('../lib/charts/layout-spec');
  const { markEvents } = require('../lib/charts/event-marks') as typeof import('../lib/charts/event-marks');
  const { seriesChart } = require('../lib/charts/series-chart') as typeof import('../lib/charts/series-chart');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const render = (spec: ReturnType<typeof layoutSpec>) =>
    renderChartSvg(spec, dom.window.document, createRoot, flushSync);
  const bars = (values: number[]) =>
    layoutSpec({
      id: 'test-chart',
      kind: 'series',
      chartKind: 'bar',
      title: 'A test chart',
      subtitle: '',
      unit: 'people',
      bars: [{ key: 'v', label: 'people', tone: 'series-1' }],
      rows: values.map((v, i) => ({
        key: `r${i}`,
        category: `Row ${i}`,
        values: { v },
        labels: { v: String(v) },
        observationIds: { v: `o${i}` },
      })),
      annotations: [],
      overlayNote: null,
      notes: [],
      domainMin: 0,
      domainMax: 10,
      ticks: [0, 5, 10],
      publishers: [],
      href: '/charts/test-chart',
    });

  it('writes the contract: the kind on the root, a row key and a title on every mark', () => {
    const svg = render(bars([3, 7]));
    expect(svg).toMatch(/^<svg[^>]* data-chart-kind="bar"/);
    const doc = new dom.window.DOMParser().parseFromString(svg, 'image/svg+xml');
    const marks = [...doc.querySelectorAll('.chart-mark')];
    expect(marks.map((m) => [m.getAttribute('data-key'), m.querySelector('title')?.textContent])).toEqual([
      ['r0', 'Row 0: 3'],
      ['r1', 'Row 1: 7'],
    ]);
  });

  it('draws a dated event as a dashed line with its wrapped label on line and column charts', () => {
    const series = {
      id: 'test-line',
      title: 'A test line',
      short_title: '',
      measure: '',
      unit: 'people',
      geography: 'Wake County, NC',
      fips: '37183',
      period_type: 'federal-fy' as const,
      publisher: 'ICE',
      caveats: '',
    };
    const obs = (ys: number[]) =>
      ys.map((y) => ({
        id: `o${y}`,
        series_id: series.id,
        label: `FY${y}`,
        period: `FY${y}`,
        period_type: 'federal-fy' as const,
        period_start: `${y - 1}-10-01`,
        period_end: `${y}-09-30`,
        geography: series.geography,
        fips: '37183',
        value: y - 2000,
        qualifier: 'exact' as const,
        unit: 'people',
        source_id: 's',
        locator: 'l',
        locator_type: 'table' as const,
        confidence: 'high' as const,
        note: null,
      }));
    const event = {
      key: 'wake',
      date: '2018-12-07',
      what: "Wake County Sheriff's Office ended its 287(g) agreement",
      evidence: '(ABC11)',
    };
    for (const years of [
      [2016, 2017, 2018, 2019, 2020],
      [2018, 2019],
    ]) {
      const svg = render(markEvents(seriesChart(series, obs(years)), obs(years), [event]));
      const doc = new dom.window.DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.querySelector('.chart-event line')?.getAttribute('stroke-dasharray')).toBe('4 3');
      expect(doc.querySelector('.chart-event > title')?.textContent).toBe(
        "Dec 7, 2018: Wake County Sheriff's Office ended its 287(g) agreement",
      );
      expect([...doc.querySelectorAll('.chart-event-text tspan')].map((t) => t.textContent).join(' ')).toBe(
        "Dec 7, 2018: Wake County Sheriff's Office ended its 287(g) agreement",
      );
    }
  });

  it('fails loudly when the marks drawn do not match the rows', () => {
    expect(() => render(bars([3, Number.NaN]))).toThrow(
      /^chart test-chart \(bar, 640px\): 1 bars drawn for 2 rows of "people"$/,
    );
  });
});
