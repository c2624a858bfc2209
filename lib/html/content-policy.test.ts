import { readFileSync } from 'node:fs';
import { embedHtml } from '../embed/embed-html';
import { EMBED_INLINE_JS } from '../embed/embed-script';
import { EMBED_CSP, inlineScripts, PAGE_CSP, policyGaps, scriptHash } from './content-policy';
import { deferRuntime } from './defer-runtime';
import { RUNTIME_LOADER_JS } from './runtime-loader';
import { headersFor, parseHeaders } from '../../scripts/serve';

// The shape Next 16's static export writes (trimmed), with its bootstrap, payload and structured data inline.
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<script src="/_next/static/chunks/router.js" async=""></script><title>T</title></head>',
  '<body><main>Text</main><script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
  '<script src="/_next/static/chunks/entry.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script type="application/ld+json">{"@type":"Dataset"}</script></body></html>',
].join('');

const spec = {
  id: 'c',
  kind: 'series',
  chartKind: 'bar',
  title: 'T',
  subtitle: 'S',
  unit: 'people',
  bars: [{ key: 'v', label: 'people', tone: 'series-1' }],
  rows: [{ key: 'r', category: 'R', values: { v: 1 }, labels: { v: '1' }, observationIds: { v: 'o' } }],
  overlay: null,
  overlayNote: null,
  notes: [],
  description: 'D',
  publishers: ['P'],
  href: '/charts/c',
  width: 640,
  height: 300,
} as unknown as Parameters<typeof embedHtml>[0]['spec'];

describe('the content policy', () => {
  it('finds the scripts a browser runs and skips data blocks and external scripts', () => {
    const html =
      '<script>a()</script><script type="module">b()</script><script type="text/javascript">c()</script><script type="application/ld+json">{}</script><script type="application/json">{}</script><script type="text/x-deferred-runtime" data-src="/x.js"></script><script src="/y.js"></script>';
    expect(inlineScripts(html)).toEqual(['a()', 'b()', 'c()']);
  });

  it('hashes as a browser does: sha256 of the exact text, base64', () => {
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('names every inline script a page runs once the build has moved Next’s own into files', () => {
    const { html } = deferRuntime(PAGE, 'p.html');
    expect(inlineScripts(html)).toEqual([RUNTIME_LOADER_JS]);
    expect(policyGaps(html, PAGE_CSP)).toEqual([]);
    // The page as Next wrote it would not run: its bootstrap and payload are not named.
    expect(policyGaps(PAGE, PAGE_CSP)).toHaveLength(2);
  });

  it('names the embeds’ script, and fails an embed that gains another', () => {
    const html = embedHtml({
      spec,
      svg: { wide: '<svg></svg>', narrow: '<svg></svg>' },
      themeCss: '',
      backLink: '/charts/c',
    });
    expect(inlineScripts(html)).toEqual([EMBED_INLINE_JS]);
    expect(policyGaps(html, EMBED_CSP)).toEqual([]);
    expect(policyGaps(html.replace('</body>', '<script>track()</script></body>'), EMBED_CSP)).toEqual([
      expect.stringMatching(/^inline script 'sha256-[^']+' not in script-src: track\(\)/),
    ]);
    expect(policyGaps(html, PAGE_CSP)).toHaveLength(1);
  });

  it('fails inline event handlers and javascript: URLs, which no hash allows', () => {
    expect(policyGaps('<img src="x" onerror="alert(1)"><a href="javascript:alert(1)">x</a>', PAGE_CSP)).toHaveLength(2);
    expect(policyGaps("<a href='javascript:alert(1)' onclick=go()>x</a>", PAGE_CSP)).toHaveLength(2);
  });

  it('does not mistake a quoted payload inside an escaped attribute value for a handler or a URL', () => {
    const quoted =
      '<meta name="description" content="T15 &quot;&gt;&lt;img src=x onerror=alert(1)&gt; href=javascript:alert(2)"><p title=\'say onload="x"\'>x</p>';
    expect(policyGaps(quoted, PAGE_CSP)).toEqual([]);
  });

  it('is what public/_headers sends, pages and embeds, with no unsafe-inline in script-src', () => {
    const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
    expect(headersFor(rules, '/claims/x')['content-security-policy']).toBe(PAGE_CSP);
    expect(headersFor(rules, '/embed/x')['content-security-policy']).toBe(EMBED_CSP);
    for (const policy of [PAGE_CSP, EMBED_CSP])
      expect(/script-src[^;]*/.exec(policy)![0]).not.toContain('unsafe-inline');
  });

  it('is what the README’s nginx block sends', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`add_header Content-Security-Policy "${PAGE_CSP}" always;`);
    expect(readme).toContain(`add_header Content-Security-Policy "${EMBED_CSP}" always;`);
  });
});
