import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG_ZOOM, renderPngs } from './publish-exports';

const svg = (w: number, h: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="#0b1120"/><text x="4" y="14" font-size="12" fill="#fff">Hi</text></svg>`;
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
    await expect(renderPngs([{ svg: '<svg', zoom: 1, path: join(dir, 'bad.png'), width: 1, height: 1 }], 1)).rejects.toThrow(/bad\.png/);
    await expect(renderPngs([{ svg: svg(10, 10), zoom: 1, path: join(dir, 'small.png'), width: 20, height: 20 }], 1)).rejects.toThrow(/10×10, expected 20×20/);
  });
});
