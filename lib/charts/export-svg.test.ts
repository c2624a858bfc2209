import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { JSDOM } from 'jsdom';
import { permalink, SITE_NAME } from '@/lib/site';
import type { ChartSpec } from './chart-spec';
import { exportSvg } from '@/scripts/publish-exports';
import { exportFrame, fitChart, frameColours } from './export-svg';
import { colour } from './palette';
import { textWidth } from './text';

const parser = new new JSDOM('').window.DOMParser();

/** Parses as strict XML (image/svg+xml) and fails on any well-formedness error. */
function parseSvg(svg: string): Document {
  const doc = parser.parseFromString(svg, 'image/svg+xml');
  const errors = doc.getElementsByTagName('parsererror');
  if (errors.length) throw new Error(`not well-formed: ${errors[0].textContent}`);
  return doc;
}

const texts = (doc: Document) => [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? '');

/** Elements and attributes that could run script, anywhere in the document. */
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

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const RESVG_OPTIONS = { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } };

/** Like scripts/render-charts.tsx output: light colours as attributes and inline style, XML-serialised ("<" in an attribute, a no-break space). */
const CHART_SVG =
  `<svg role="img" class="chart-svg" width="640" height="150" viewBox="0 0 640 150" xmlns="http://www.w3.org/2000/svg"><title>a chart</title>` +
  `<g class="recharts-cartesian-grid"><line stroke="#d1d5db" class="chart-grid" fill="none" x1="148" y1="28" x2="148" y2="120"></line></g>` +
  `<g class="chart-key"><g transform="translate(8,6)"><rect width="12" height="12" fill="#1d4ed8" class="tone-record"></rect>` +
  `<text x="17" y="10.5" font-size="12" fill="#374151" class="chart-text">The record</text></g>` +
  `<g transform="translate(120,6)"><rect width="12" height="12" fill="#b91c1c" fill-opacity="0.15" stroke="#b91c1c" class="chart-claim-band"></rect>` +
  `<text x="17" y="10.5" font-size="12" fill="#b91c1c" class="chart-claim-text">Claim: more than 500</text></g></g>` +
  `<path name="a&lt;b" fill="#b45309" class="recharts-rectangle tone-proxy" d="M 148,35 h 300 v 18 h -300 Z"></path>` +
  `<path fill="#6b7280" class="recharts-rectangle tone-context" d="M 148,70 h 200 v 18 h -200 Z"></path>` +
  `<line class="recharts-cartesian-axis-line" stroke="#666" fill="none" x1="148" y1="120" x2="600" y2="120"></line>` +
  `<text stroke="none" fill="#374151" font-size="12" style="fill: #374151;" x="140" y="48" class="recharts-text chart-text" text-anchor="end">Row&#160;one</text>` +
  `<text stroke="none" fill="#374151" font-size="11" style="fill: #374151;" x="455" y="48" class="recharts-text chart-text">at least 563</text>` +
  `</svg>`;

const spec = (over: Partial<ChartSpec> = {}): ChartSpec => ({
  id: 'claim-x',
  kind: 'claim',
  chartKind: 'bar',
  title: '“more than 500 declined detainers” against the record',
  subtitle: 'Declined detainers; bars are the record, context',
  unit: 'people',
  bars: [{ key: 'v', label: 'people', tone: 'record' }],
  rows: [],
  annotations: [],
  overlayNote: null,
  notes: [],
  domainMin: 0,
  domainMax: 1000,
  ticks: [0, 250, 500, 750, 1000],
  labelWidth: 140,
  description: 'Bar chart of 2 figures in people.',
  sourceLine: 'Source: U.S. Immigration and Customs Enforcement',
  publishers: ['U.S. Immigration and Customs Enforcement'],
  width: 640,
  height: 150,
  href: '/claims/claim-x',
  ...over,
});

const HOSTILE = [
  '<script>window.__xss=1</script>',
  '"><img src=x onerror="window.__xss=1">',
  "'><svg onload='window.__xss=1'></svg>",
  '</text></svg><script>alert(1)</script>',
];

/** Every fill and stroke colour used, style declarations winning over attributes as in CSS. */
function paints(doc: Document, what: 'fill' | 'stroke', selector = '*'): string[] {
  return [...doc.querySelectorAll(selector)].flatMap((el) => {
    const style = /(?:^|;)\s*(?:fill|stroke)\s*:/.test(el.getAttribute('style') ?? '')
      ? new RegExp(`(?:^|;)\\s*${what}\\s*:\\s*([^;]+)`).exec(el.getAttribute('style')!)?.[1].trim()
      : undefined;
    const value = style ?? el.getAttribute(what);
    return value ? [value.toLowerCase()] : [];
  });
}

describe('exportSvg', () => {
  it('carries what On the Record computed and the key caveat, as the embed does', () => {
    const credited = spec({
      credit: 'Statewide totals are On the Record’s sums of the county records.',
      keyCaveat: 'Counts cases, not people.',
    });
    const words = texts(parseSvg(exportSvg(credited, CHART_SVG, 'light', SITE_NAME).svg)).join(' ');
    expect(words).toContain('Caveat: Counts cases, not people.');
    expect(words).toContain(
      'Source: U.S. Immigration and Customs Enforcement. Statewide totals are On the Record’s sums of the county',
    );
  });

  it('is a standalone SVG with the title, subtitle, chart, source, site name and permalink', () => {
    const { svg, width, height } = exportSvg(spec(), CHART_SVG, 'light', SITE_NAME);
    const doc = parseSvg(svg);
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual([
      String(width),
      String(height),
      `0 0 ${width} ${height}`,
    ]);
    expect(width).toBe(672);
    expect(height).toBeGreaterThan(150 + 80);
    expect(svg.match(/<\?xml/g)).toHaveLength(1);
    expect(svg.startsWith('<?xml')).toBe(true);

    const words = texts(doc);
    expect(words).toContain(spec().title);
    expect(words).toContain(spec().subtitle);
    expect(words).toContain(spec().sourceLine);
    expect(words).toContain(SITE_NAME);
    expect(words).toContain(permalink('/claims/claim-x'));
    expect(root.getElementsByTagName('title')[0].textContent).toBe(spec().title);

    // The background, then the chart whole, in a group placed below the words, at its spec's size.
    const bg = root.getElementsByTagName('rect')[0];
    expect(bg.getAttribute('fill')).toBe(frameColours('light').bg);
    const nested = root.getElementsByTagName('svg');
    expect(nested).toHaveLength(1);
    expect(nested[0].getAttribute('viewBox')).toBe('0 0 640 150');
    expect(nested[0].getAttribute('width')).toBe('640');
    const placed = nested[0].closest('g.frame-chart')!;
    expect(placed.getAttribute('transform')).toMatch(/^translate\(16,(\d+)\)$/);
    expect(Number(/,(\d+)\)/.exec(placed.getAttribute('transform')!)![1])).toBeGreaterThan(40);
    expect(texts(doc)).toContain('Row\u00A0one');
    expect(nested[0].querySelector('path[name]')!.getAttribute('name')).toBe('a<b');
    // The chart keeps the colours it was rendered with.
    expect(paints(doc, 'fill')).toEqual(
      expect.arrayContaining([
        colour('light', 'tone-record'),
        colour('light', 'tone-proxy'),
        colour('light', 'chart-text'),
      ]),
    );
  });

  it('shows the note when the claim is not drawn', () => {
    const doc = parseSvg(
      exportSvg(
        spec({ overlayNote: 'The claim is not drawn: it counts a different measure.' }),
        CHART_SVG,
        'light',
        SITE_NAME,
      ).svg,
    );
    expect(texts(doc)).toContain('The claim is not drawn: it counts a different measure.');
  });

  it('shows every note under the chart', () => {
    const doc = parseSvg(
      exportSvg(
        spec({ notes: ['Open circles mark partial periods: 2007.', 'No figure for FY2022.'] }),
        CHART_SVG,
        'light',
        SITE_NAME,
      ).svg,
    );
    expect(texts(doc)).toEqual(
      expect.arrayContaining(['Open circles mark partial periods: 2007.', 'No figure for FY2022.']),
    );
  });

  it('wraps a long title onto as many lines as it needs and never cuts it', () => {
    const long =
      'Superior Court misdemeanor (non-motor-vehicle) cases pending at end of year, North Carolina (sum of NC AOC county records)';
    const huge = `${long} ${long} ${long}`;
    const { svg } = exportSvg(spec({ title: huge }), CHART_SVG, 'light', SITE_NAME);
    const lines = texts(parseSvg(svg)).filter((t) => huge.includes(t) && t.length > 10);
    expect(lines.join(' ')).toBe(huge);
    expect(svg).not.toContain('…');
    for (const line of lines) expect(textWidth(line, 18, true)).toBeLessThanOrEqual(672 - 48);
  });

  it.each(HOSTILE)('keeps hostile text as text: %s', (payload) => {
    const hostile = spec({
      title: `T ${payload}`,
      subtitle: `S ${payload}`,
      sourceLine: `Source: ${payload}`,
      overlayNote: `N ${payload}`,
      description: `D ${payload}`,
      href: `/claims/${payload}`,
    });
    for (const theme of ['light', 'dark'] as const) {
      const { svg } = exportSvg(hostile, CHART_SVG, theme, `${SITE_NAME} ${payload}`);
      const doc = parseSvg(svg);
      expect(activeContent(doc)).toEqual([]);
      expect(doc.getElementsByTagName('svg')).toHaveLength(2);
      expect(svg).not.toMatch(/<script|<img|<svg onload/i);
      const words = texts(doc).join('\n');
      for (const prefix of ['T', 'S', 'Source:', 'N', SITE_NAME]) expect(words).toContain(`${prefix} ${payload}`);
      expect(doc.documentElement.getElementsByTagName('desc')[0].textContent).toBe(`D ${payload}`);
    }
  });

  it('keeps bidi controls as characters and drops characters XML forbids', () => {
    const { svg } = exportSvg(
      spec({ title: 'T \u202Eevil\u202C \u2066isolate\u2069 bell\u0007 nul\u0000' }),
      CHART_SVG,
      'light',
      SITE_NAME,
    );
    const doc = parseSvg(svg);
    expect(texts(doc)).toContain('T \u202Eevil\u202C \u2066isolate\u2069 bell nul');
    expect(svg).not.toMatch(/[\u0000-\u0008]/);
  });

  it('draws the dark frame from the palette and nests the chart exactly as it was rendered, never recoloured', () => {
    const { svg } = exportSvg(spec(), CHART_SVG, 'dark', SITE_NAME);
    const doc = parseSvg(svg);
    const dark = frameColours('dark');
    expect(doc.documentElement.getElementsByTagName('rect')[0].getAttribute('fill')).toBe(dark.bg);
    const frameText = [...doc.documentElement.children]
      .filter((el) => el.localName === 'text')
      .map((el) => el.getAttribute('fill'));
    expect(new Set(frameText)).toEqual(new Set([dark.fg, dark.muted]));
    // The chart's drawing is in the file as it was rendered: no attribute or colour of it changed.
    expect(svg).toContain(CHART_SVG);
  });

  it('renders with resvg to a PNG at twice the SVG size, in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const { svg, width, height } = exportSvg(spec(), CHART_SVG, theme, SITE_NAME);
      const png = new Resvg(svg, { ...RESVG_OPTIONS, fitTo: { mode: 'zoom', value: 2 } }).render().asPng();
      expect(pngSize(png)).toEqual({ width: width * 2, height: height * 2 });
    }
  });

  it('renders a real build-time chart when one has been generated', () => {
    let real: string;
    try {
      real = readFileSync(join('.generated', 'charts', 'fbi-violent-crime.svg'), 'utf8');
    } catch {
      return; // no build yet: the fixture above covers the shape
    }
    const height = Number(/<svg[^>]* height="([\d.]+)"/.exec(real)![1]);
    const file = exportSvg(spec({ width: 640, height }), real, 'dark', SITE_NAME);
    const { svg, width } = file;
    parseSvg(svg);
    expect(pngSize(new Resvg(svg, { ...RESVG_OPTIONS, fitTo: { mode: 'zoom', value: 2 } }).render().asPng())).toEqual({
      width: width * 2,
      height: file.height * 2,
    });
  });
});

describe('exportFrame', () => {
  it('lays the chart out at its spec size under the words, and grows the frame with them', () => {
    const frame = exportFrame(spec(), 'light', SITE_NAME);
    const charts = frame.marks.filter((m) => m.kind === 'chart');
    expect(charts).toEqual([{ kind: 'chart', x: 16, y: expect.any(Number), scale: 1 }]);
    expect(frame.width).toBe(640 + 32);
    const taller = exportFrame(spec({ height: 400, notes: ['One more note.'] }), 'light', SITE_NAME);
    expect(taller.height - frame.height).toBe(400 - 150 + 17);
  });

  it('is text only: no markup in its model, and the characters XML forbids dropped', () => {
    const frame = exportFrame(spec({ title: 'T <b>bold</b> bell\u0007' }), 'dark', SITE_NAME);
    const texts = frame.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []));
    expect(texts[0]).toBe('T <b>bold</b> bell');
    expect(frame.title).toBe('T <b>bold</b> bell');
    expect(frame.background).toBe(frameColours('dark').bg);
  });
});

describe('fitChart', () => {
  it('scales a chart to fit its box, centred across, at the top or in the middle', () => {
    const box = { x: 10, y: 20, width: 320, height: 400 };
    expect(fitChart({ width: 640, height: 200 }, box, 'top')).toEqual({ kind: 'chart', x: 10, y: 20, scale: 0.5 });
    expect(fitChart({ width: 640, height: 200 }, box, 'middle')).toEqual({
      kind: 'chart',
      x: 10,
      y: 20 + (400 - 100) / 2,
      scale: 0.5,
    });
    expect(fitChart({ width: 100, height: 800 }, box, 'middle')).toEqual({
      kind: 'chart',
      x: 10 + (320 - 50) / 2,
      y: 20,
      scale: 0.5,
    });
  });
});
