import { deferRuntime } from './defer-runtime';
import { DEFERRED_SCRIPT_TYPE, RUNTIME_LOADER_JS } from './runtime-loader';

// The shape Next 16's static export writes (trimmed).
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/entry.js"/>',
  '<script src="/_next/static/chunks/router.js" async=""></script><script src="/_next/static/chunks/react-dom.js" async=""></script>',
  '<title>T</title><script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>',
  '<body><main>Text</main><script id="_R_">(globalThis["TURBOPACK"]||[]).push({})</script>',
  '<script src="/_next/static/chunks/entry.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"0:{\\"a\\":\\"\\u003cb\\u003e\\"}\\n"])</script><script type="application/ld+json">{"@type":"Dataset"}</script></body></html>',
].join('');

describe('deferRuntime', () => {
  it('parks every runtime script, drops the entry preload and puts the loader at the end of <head>', () => {
    const { html, deferred, payload, bootstrap } = deferRuntime(PAGE, 'x.html');
    expect(deferred).toBe(3);
    expect(html).not.toMatch(/<script src="\/_next\/static\/chunks\/(router|react-dom|entry)\.js"/);
    expect(
      html.match(
        new RegExp(
          `<script type="${DEFERRED_SCRIPT_TYPE}" data-src="/_next/static/chunks/[a-z-]+\\.js"></script>`,
          'g',
        ),
      ),
    ).toHaveLength(3);
    // The RSC payload leaves the HTML for a content-named file, parked before every chunk.
    expect(html).not.toContain('__next_f');
    expect(payload?.js).toBe(
      '(self.__next_f=self.__next_f||[]).push([0]);\nself.__next_f.push([1,"0:{\\"a\\":\\"\\u003cb\\u003e\\"}\\n"]);\n',
    );
    expect(payload?.url).toMatch(/^\/_next\/static\/payload\/[0-9a-f]{20}\.js$/);
    expect(html.indexOf(`data-src="${payload?.url}"`)).toBeLessThan(html.indexOf('data-src="/_next/static/chunks/'));
    expect(html).not.toContain('rel="preload" as="script"');
    expect(html).toContain(`<script>${RUNTIME_LOADER_JS}</script></head>`);
    // Turbopack's bootstrap leaves the HTML too, for a file parked before the payload: it ran before every chunk inline, and still does.
    expect(html).not.toContain('TURBOPACK');
    expect(bootstrap?.js).toBe('(globalThis["TURBOPACK"]||[]).push({})\n');
    expect(html.indexOf(`data-src="${bootstrap?.url}"`)).toBeLessThan(html.indexOf(`data-src="${payload?.url}"`));
    // Left alone: the stylesheet, the nomodule polyfill, the structured data and the text.
    for (const kept of ['rel="stylesheet"', 'polyfills.js" noModule=""', 'application/ld+json', '<main>Text</main>'])
      expect(html).toContain(kept);
    expect(html.indexOf('<meta charSet="utf-8"/>')).toBeLessThan(100);
  });

  it('leaves a page without the runtime untouched', () => {
    const embed =
      '<!DOCTYPE html><html><head><style>svg{}</style></head><body><svg></svg><script>post()</script></body></html>';
    expect(deferRuntime(embed, 'embed/x.html')).toEqual({ html: embed, deferred: 0, payload: null, bootstrap: null });
  });

  it('refuses a runtime tag it does not recognise rather than leave it eager', () => {
    expect(() => deferRuntime(PAGE.replace('entry.js" async=""', 'entry.js" defer=""'), 'a.html')).toThrow(
      /^a\.html: a runtime script this step does not recognise would still load eagerly: <script src="\/_next\/static\/chunks\/entry\.js" defer="">/,
    );
  });

  it('refuses to run twice on the same file', () => {
    const once = deferRuntime(PAGE, 'b.html').html;
    expect(() => deferRuntime(once, 'b.html')).toThrow(/^b\.html: runtime already deferred/);
  });

  it('is valid JavaScript that registers its listeners without throwing', () => {
    const added: string[] = [];
    const fakeWindow = { addEventListener: (t: string) => added.push(t), removeEventListener: () => undefined };
    const fakeDocument = { documentElement: { setAttribute: () => undefined } };
    const run = (search: string) =>
      new Function('window', 'document', 'location', 'addEventListener', 'removeEventListener', RUNTIME_LOADER_JS)(
        fakeWindow,
        fakeDocument,
        { search },
        fakeWindow.addEventListener,
        fakeWindow.removeEventListener,
      );
    run('');
    expect(added).toEqual(
      expect.arrayContaining([
        'pointerover',
        'pointerdown',
        'touchstart',
        'keydown',
        'focusin',
        'wheel',
        'scroll',
        'click',
        'otr:hydrated',
      ]),
    );
  });

  it('starts at once on a page opened with a query string (a shared view), and not otherwise', () => {
    const starts = (search: string) => {
      const attrs: string[] = [];
      const fakeDocument = {
        documentElement: { setAttribute: (_: string, v: string) => attrs.push(v) },
        readyState: 'loading',
        addEventListener: () => undefined,
      };
      new Function('window', 'document', 'location', 'addEventListener', 'removeEventListener', RUNTIME_LOADER_JS)(
        {},
        fakeDocument,
        { search },
        () => undefined,
        () => undefined,
      );
      return attrs.includes('starting');
    };
    expect(starts('')).toBe(false);
    expect(starts('?')).toBe(false);
    expect(starts('?q=Wake')).toBe(true);
  });
});
