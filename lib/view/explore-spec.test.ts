import { installDom } from '../../scripts/chart-dom';
import { eventLines } from '@/lib/charts/annotations';
import { loadIndex } from '../data/dataset';
import { allPlaceEvents } from './chart-events';
import { exploreModel } from './explore-page';
import { exploreChartSpec, exploreDefaultViews, exploreMapSpec } from './explore-spec';
import { parseExplore } from './explore-url';
import { seriesView } from './series-view';

/**
 * /explore's views are chart specs from the chart pages' builders, drawn by the same components: for the same
 * series, the explorer's chart and the chart page's have the same kind and the same marks (keys, titles, values).
 */
describe('the explorer’s views as chart specs', () => {
  const dom = installDom();
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { createRoot } = require('react-dom/client') as typeof import('react-dom/client');
  const { flushSync } = require('react-dom') as typeof import('react-dom');
  const { renderChartSvg } =
    require('../../scripts/render-chart-svg') as typeof import('../../scripts/render-chart-svg');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const model = exploreModel();
  const index = loadIndex();
  const events = allPlaceEvents();
  const view = (q: string) => parseExplore(new URLSearchParams(q), model.choices);
  const page = (id: string) => seriesView(index, index.seriesById.get(id)!).chart;
  /** Each mark of a rendered chart: its key, its series, its title. */
  const marks = (spec: Parameters<typeof renderChartSvg>[0]) => {
    const svg = renderChartSvg(spec, dom.window.document, createRoot, flushSync);
    const doc = new dom.window.DOMParser().parseFromString(svg, 'image/svg+xml');
    return {
      svg,
      marks: [...doc.querySelectorAll('.chart-mark')].map((m) => [
        m.getAttribute('data-key'),
        m.getAttribute('data-series') ?? m.getAttribute('data-fips'),
        m.querySelector('title')?.textContent,
      ]),
    };
  };

  it('draws a state series as its chart page does: the same line, the same marks', () => {
    const explorer = exploreChartSpec(
      model.data('fbi-rape-rate-revised'),
      view('measure=fbi-rape-rate-revised'),
      events,
    )!;
    const chart = page('fbi-rape-rate-revised');
    expect(explorer.chartKind).toBe('line');
    expect(explorer.chartKind).toBe(chart.chartKind);
    expect(explorer.rows.map((r) => [r.key, r.values, r.labels, r.partial])).toEqual(
      chart.rows.map((r) => [r.key, r.values, r.labels, r.partial]),
    );
    const [a, b] = [marks(explorer), marks(chart)];
    // Both are recharts line charts (ChartView → TimeChartView), with one mark per figure.
    for (const { svg } of [a, b]) expect(svg).toMatch(/^<svg[^>]* data-chart-kind="line"[^>]*>.*recharts-line/s);
    expect(a.marks.length).toBe(14);
    expect(a.marks).toEqual(b.marks);
  });

  it('draws a county measure’s map as its map chart does: the same classes, the same counties', () => {
    const explorer = exploreMapSpec(
      model.data('ice-lesa-fy2015-nc-detainers-by-county'),
      view('measure=ice-lesa-fy2015-nc-detainers-by-county&tab=map'),
    )!;
    const chart = page('ice-lesa-fy2015-nc-detainers-by-county');
    expect(explorer.chartKind).toBe('map');
    expect(explorer.legend).toEqual(chart.legend);
    const [a, b] = [marks(explorer), marks(chart)];
    expect(a.marks).toHaveLength(100);
    expect(a.marks).toEqual(b.marks);
  });

  it('follows the chart rules: an index when the counties differ over 20 times, events and partial periods in the notes', () => {
    // Mecklenburg (the largest caseload) against Hyde (among the smallest).
    const indexed = exploreChartSpec(
      model.data('nc-aoc-superior-criminal-felonies-filed'),
      view('counties=37119,37095'),
      events,
    )!;
    expect(indexed.subtitle).toMatch(/^Index, .* = 100 for each of Mecklenburg and Hyde$/);
    const meck = exploreChartSpec(
      model.data('nc-aoc-superior-criminal-felonies-filed'),
      view('counties=37119'),
      events,
    )!;
    expect(eventLines(meck).map((e) => e.label)).toEqual(expect.arrayContaining([expect.stringMatching(/287\(g\)/)]));
    expect(meck.notes.join(' ')).toMatch(/marked by the vertical line/);
  });

  it('offers a default view per measure: a chart, or a map for a one-period county measure', () => {
    const views = exploreDefaultViews({ ...model, events });
    expect(views).toHaveLength(model.measures.length);
    expect(new Set(views.map((s) => s.id)).size).toBe(views.length);
    expect(views.find((s) => s.id === 'explore-ice-lesa-fy2015-nc-detainers-by-county')?.chartKind).toBe('map');
    expect(views[0]).toMatchObject({
      id: 'explore-nc-aoc-superior-criminal-felonies-filed',
      chartKind: 'line',
      href: '/explore?measure=nc-aoc-superior-criminal-felonies-filed&tab=chart&counties=37119,37183&from=FY2012-13&to=FY2019-20&per=total',
    });
  });
});
