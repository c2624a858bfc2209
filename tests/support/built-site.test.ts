import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brokenReferences, readBuiltSite, readPage, routeOf } from './built-site';

describe('the link check without a browser', () => {
  let out: string;
  const write = (file: string, html: string) => {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), html);
  };
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'built-site-'));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it('names routes as the static server serves them', () => {
    expect(routeOf('out', 'out/index.html')).toBe('/');
    expect(routeOf('out', 'out/claims/x.html')).toBe('/claims/x');
    expect(routeOf('out', 'out/trails/index.html')).toBe('/trails');
  });

  it('collects internal references of every kind, and ids, but not other origins or schemes', () => {
    const page = readPage(
      '/a',
      `<!doctype html><html><head><link rel="stylesheet" href="/s.css"><script src="/_next/x.js"></script>
      <meta property="og:image" content="/share/a.png"></head><body id="top"><a href="/b#sec">b</a><a href="https://example.org/">x</a>
      <a href="mailto:a@b.c">m</a><img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x"><iframe src="/embed/c"></iframe>
      <template><a href="/in-template">t</a></template><a href="#top">top</a></body></html>`,
    );
    expect(page.refs).toEqual([
      '/s.css',
      '/_next/x.js',
      '/share/a.png',
      '/b#sec',
      '/i.png',
      '/i-1.png',
      '/i-2.png',
      '/embed/c',
      '/in-template',
    ]);
    expect(page.links).toEqual(['/b#sec', 'https://example.org/', 'mailto:a@b.c', '/in-template', '#top']);
    expect([...page.ids]).toEqual(['top']);
  });

  it('reports a path with no file, an anchor with no element, and a browser-seen link, each located', () => {
    write(
      'index.html',
      '<a href="/b">b</a><a href="/b#there">ok</a><a href="/b#gone">no</a><a href="#nope">self</a><img src="/missing.png"><a href="/data/x.csv">csv</a>',
    );
    write('b.html', '<h2 id="there">b</h2>');
    write('data/x.csv', 'a\n1\n');
    const pages = readBuiltSite(out);
    expect(brokenReferences(out, pages, [{ route: '/b', ref: '/c' }])).toEqual([
      '/: /missing.png (no such file in ' + out + '/)',
      '/: /b#gone (no element with id "gone" on /b)',
      '/: #nope (no element with that id on the page)',
      '/b: /c (no such file in ' + out + '/)',
    ]);
  });
});
