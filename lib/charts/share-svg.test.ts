import { Resvg } from '@resvg/resvg-js';
import { JSDOM } from 'jsdom';
import { SITE_NAME } from '@/lib/site';
import type { ChartSpec } from './chart-spec';
import { shareSvg } from '@/scripts/publish-exports';
import { type ClaimShare, SHARE_HEIGHT, SHARE_WIDTH, shareFrame } from './share-svg';

const parser = new new JSDOM('').window.DOMParser();

function parseSvg(svg: string): Document {
  const doc = parser.parseFromString(svg, 'image/svg+xml');
  const errors = doc.getElementsByTagName('parsererror');
  if (errors.length) throw new Error(`not well-formed: ${errors[0].textContent}`);
  return doc;
}

const texts = (doc: Document) => [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? '');

function activeContent(doc: Document): string[] {
  const found: string[] = [];
  for (const el of [doc.documentElement, ...doc.documentElement.getElementsByTagName('*')]) {
    if (['script', 'img', 'iframe', 'foreignObject', 'a', 'use'].includes(el.localName))
      found.push(`<${el.localName}>`);
    for (const attr of el.attributes)
      if (/^on/i.test(attr.localName) || /javascript:/i.test(attr.value)) found.push(`${el.localName}@${attr.name}`);
  }
  return found;
}

const render = (svg: string) =>
  new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

const chartSvg = (height: number) =>
  `<svg role="img" class="chart-svg" width="640" height="${height}" viewBox="0 0 640 ${height}" xmlns="http://www.w3.org/2000/svg">` +
  `<rect x="148" y="30" width="300" height="18" fill="#1d4ed8" class="tone-record"></rect>` +
  `<text x="140" y="44" font-size="12" fill="#374151" class="chart-text" text-anchor="end">Row one</text></svg>`;

const spec = (over: Partial<ChartSpec> = {}): ChartSpec => ({
  id: 'fbi-x',
  kind: 'series',
  chartKind: 'line',
  title: 'Violent crimes known to police, North Carolina and United States (FBI estimates)',
  subtitle: 'Offenses, North Carolina and United States',
  unit: 'offenses',
  bars: [{ key: 'v', label: 'offenses', tone: 'series-1' }],
  rows: [],
  annotations: [],
  overlayNote: null,
  notes: [],
  domainMin: 0,
  domainMax: 10,
  ticks: [0, 5, 10],
  labelWidth: 140,
  description: 'Bar chart.',
  sourceLine: 'Source: U.S. Federal Bureau of Investigation (state estimates)',
  publishers: [],
  width: 640,
  height: 150,
  href: '/charts/fbi-x',
  ...over,
});

const claim = (over: Partial<ClaimShare> = {}): ClaimShare => ({
  kind: 'claim',
  siteName: SITE_NAME,
  quote: "In 2019, the Mecklenburg County Sheriff's Office alone failed to honor over 200 detainers.",
  status: 'consistent',
  statusLabel: 'Consistent with the record',
  sentence:
    'Consistent with the record: the record shows more than 200 declined detainers for Mecklenburg County, NC, 2019.',
  chart: spec({ kind: 'claim', href: '/claims/x' }),
  ...over,
});

/** A claim's card with its chart's drawing, as scripts/publish-exports.ts makes it. */
const claimSvg = (over: Partial<ClaimShare> = {}) => {
  const card = claim(over);
  return shareSvg(card, card.chart ? chartSvg(card.chart.height) : null);
};
const seriesSvg = (s: ChartSpec) => shareSvg({ kind: 'series', siteName: SITE_NAME, spec: s }, chartSvg(s.height));
/** How much the card scales its chart. */
const chartScale = (doc: Document) =>
  Number(/scale\(([\d.]+)\)/.exec(doc.querySelector('g.frame-chart')!.getAttribute('transform')!)?.[1] ?? 1);

const HOSTILE =
  '<script>window.__xss=1</script> "><img src=x onerror="window.__xss=1"> </text></svg><svg onload="x"> \u202Eevil\u202C';

describe('shareSvg: claims', () => {
  it('is a 1200×630 SVG with the site name, quote, status, sentence and the chart', () => {
    const doc = parseSvg(claimSvg());
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual([
      '1200',
      '630',
      '0 0 1200 630',
    ]);
    const words = texts(doc);
    expect(words).toContain(SITE_NAME);
    expect(words).toContain('Consistent with the record');
    expect(words.join(' ')).toContain(`“${claim().quote}”`);
    expect(words.join(' ')).toContain(claim().sentence);
    expect(root.getElementsByTagName('svg')).toHaveLength(1);
  });

  it('still has the quote, status and sentence when the claim has no chart', () => {
    const doc = parseSvg(claimSvg({ chart: null, status: 'no-official-data', statusLabel: 'No official data' }));
    expect(doc.documentElement.getElementsByTagName('svg')).toHaveLength(0);
    const words = texts(doc).join(' ');
    expect(words).toContain('No official data');
    expect(words).toContain(`“${claim().quote}”`);
    expect(words).toContain(claim().sentence);
  });

  it('cuts a long quote and sentence with an ellipsis, the quote still closed', () => {
    const long = `${'word '.repeat(200)}end`;
    for (const chart of [claim().chart, null, spec({ height: 700 })]) {
      const doc = parseSvg(claimSvg({ quote: long, sentence: long, chart }));
      const words = texts(doc);
      const quoteLines = words.filter((w) => w.includes('word'));
      expect(quoteLines.some((w) => w.endsWith('…”'))).toBe(true);
      expect(quoteLines.some((w) => w.endsWith('…'))).toBe(true);
      expect(words.join(' ')).not.toContain('end');
      // Every line's baseline is on the card.
      for (const t of doc.getElementsByTagName('text')) {
        if (t.parentElement !== doc.documentElement) continue;
        expect(Number(t.getAttribute('y'))).toBeLessThan(SHARE_HEIGHT);
      }
    }
  });

  it('keeps hostile quotes, labels and sentences as text', () => {
    const svg = claimSvg({ quote: HOSTILE, statusLabel: HOSTILE, sentence: HOSTILE, siteName: HOSTILE });
    const doc = parseSvg(svg);
    expect(activeContent(doc)).toEqual([]);
    expect(svg).not.toMatch(/<script|<img|<svg onload/i);
    expect(texts(doc).join(' ')).toContain('<script>window.__xss=1</script>');
    expect(svg).toContain('\u202Eevil\u202C');
  });

  it('renders to a 1200×630 PNG', () => {
    expect(pngSize(render(claimSvg()))).toEqual({ width: SHARE_WIDTH, height: SHARE_HEIGHT });
    expect(pngSize(render(claimSvg({ chart: null })))).toEqual({ width: 1200, height: 630 });
  });
});

describe('shareSvg: series', () => {
  it.each([150, 732])('has the title, subtitle, chart and source line (chart %ipx tall)', (height) => {
    const doc = parseSvg(seriesSvg(spec({ height })));
    const words = texts(doc).join(' ');
    expect(words).toContain(spec().title);
    expect(words).toContain(spec().subtitle);
    expect(words).toContain(spec().sourceLine);
    const nested = doc.documentElement.getElementsByTagName('svg');
    expect(nested).toHaveLength(1);
    expect(nested[0].getAttribute('viewBox')).toBe(`0 0 640 ${height}`);
    // The chart is drawn bigger than in the page when short, and not squeezed to a sliver when tall.
    expect(chartScale(doc)).toBeGreaterThan(height > 500 ? 0.65 : 1.2);
  });

  it('escapes a hostile title and renders to a 1200×630 PNG', () => {
    const svg = seriesSvg(spec({ title: HOSTILE, subtitle: HOSTILE, sourceLine: HOSTILE }));
    const doc = parseSvg(svg);
    expect(activeContent(doc)).toEqual([]);
    expect(pngSize(render(svg))).toEqual({ width: 1200, height: 630 });
  });
});

describe('shareFrame', () => {
  it('keeps the layout that draws the chart larger: a short chart below the words, a tall one beside them', () => {
    const short = shareFrame({ kind: 'series', siteName: SITE_NAME, spec: spec({ height: 150 }) }).marks.find(
      (m) => m.kind === 'chart',
    )!;
    const tall = shareFrame({ kind: 'series', siteName: SITE_NAME, spec: spec({ height: 732 }) }).marks.find(
      (m) => m.kind === 'chart',
    )!;
    expect(short.x).toBeLessThan(100);
    expect(tall.x).toBeGreaterThan(500);
  });

  it('places no chart on a claim card without one', () => {
    expect(shareFrame(claim({ chart: null })).marks.some((m) => m.kind === 'chart')).toBe(false);
  });
});
