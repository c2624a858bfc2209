import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { permalink, SITE_NAME } from '../lib/site';
import type { ChartSpec } from '../lib/charts/chart-spec';
import { exportSvg, PNG_ZOOM, renderPngs, shareSvg, svgDocument } from './publish-exports';
import { createElement } from 'react';

const svg = (w: number, h: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="#0b1120"/><text x="4" y="14" font-size="12" fill="#fff">Hi</text></svg>`;
const size = (path: string) => {
  const png = readFileSync(path);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};

describe('renderPngs', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'exports-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('renders every job in a pool of workers at its zoom', async () => {
    const jobs = [
      { svg: svg(100, 50), zoom: PNG_ZOOM, path: join(dir, 'a.png'), width: 200, height: 100 },
      { svg: svg(120, 63), zoom: 1, path: join(dir, 'b.png'), width: 120, height: 63 },
      { svg: svg(30, 40), zoom: PNG_ZOOM, path: join(dir, 'c.png'), width: 60, height: 80 },
    ];
    const done = await renderPngs(jobs, 2);
    expect(done.map((d) => d.path).sort()).toEqual(jobs.map((j) => j.path).sort());
    for (const job of jobs) expect(size(job.path)).toEqual({ width: job.width, height: job.height });
  });

  it('fails on an SVG resvg cannot read and on a PNG of the wrong size', async () => {
    await expect(
      renderPngs([{ svg: '<svg', zoom: 1, path: join(dir, 'bad.png'), width: 1, height: 1 }], 1),
    ).rejects.toThrow(/bad\.png/);
    await expect(
      renderPngs([{ svg: svg(10, 10), zoom: 1, path: join(dir, 'small.png'), width: 20, height: 20 }], 1),
    ).rejects.toThrow(/10×10, expected 20×20/);
  });
});

describe('the composed files', () => {
  const drawing = svg(640, 120).replace('<svg ', '<svg class="chart-svg" ');
  const spec = {
    id: 'x',
    kind: 'series',
    chartKind: 'line',
    title: 'A title',
    subtitle: 'A subtitle',
    description: 'D',
    sourceLine: 'Source: X',
    publishers: [],
    notes: [],
    overlayNote: null,
    width: 640,
    height: 120,
    href: '/charts/x',
  } as unknown as ChartSpec;

  it('frames the chart drawing whole, with its words, as one XML document the PNG pool renders at the frame size', async () => {
    const file = exportSvg(spec, drawing, 'dark', SITE_NAME);
    expect(file.svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(
      true,
    );
    expect(file.svg).toContain(drawing);
    for (const words of ['A title', 'A subtitle', 'Source: X', SITE_NAME, permalink('/charts/x')])
      expect(file.svg).toContain(`>${words}</text>`);
    const path = join(dir, 'x.png');
    await renderPngs(
      [{ svg: file.svg, zoom: PNG_ZOOM, path, width: file.width * PNG_ZOOM, height: file.height * PNG_ZOOM }],
      1,
    );
    expect(size(path)).toEqual({ width: 672 * PNG_ZOOM, height: file.height * PNG_ZOOM });
  });

  it('draws a share card with or without a chart', () => {
    expect(shareSvg({ kind: 'series', siteName: SITE_NAME, spec }, drawing)).toContain(drawing);
    const noChart = shareSvg(
      {
        kind: 'claim',
        siteName: SITE_NAME,
        quote: 'Q',
        status: 'consistent',
        statusLabel: 'Consistent',
        sentence: 'S',
        chart: null,
      },
      null,
    );
    expect(noChart).not.toContain('frame-chart');
    expect(svgDocument(createElement('svg')).split('\n')).toHaveLength(3);
  });

  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'exports-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
});
