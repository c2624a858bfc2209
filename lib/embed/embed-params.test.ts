import { JSDOM } from 'jsdom';
import { EMBED_DEFAULTS, readEmbedParams } from './embed-params';
import { EMBED_SCRIPT } from './embed-script';

/** Runs the embed's own inline script on a page opened with `query`, and reads back the options it applied. */
function applied(query: string) {
  const html = `<!doctype html><html data-theme="${EMBED_DEFAULTS.theme}" data-chart="c"><body><p>x</p><script>${EMBED_SCRIPT}</script></body></html>`;
  const dom = new JSDOM(html, { url: `https://site.test/embed/c${query}`, runScripts: 'dangerously' });
  const root = dom.window.document.documentElement;
  const options = { theme: root.getAttribute('data-theme'), plain: root.classList.contains('plain') };
  dom.window.close();
  return options;
}

const QUERIES = [
  '',
  '?theme=light',
  '?theme=dark',
  '?theme=auto',
  '?plain=1',
  '?theme=dark&plain=1',
  '?theme=DARK',
  '?plain=true',
  '?plain=1%00',
  '?theme=<script>alert(1)</script>',
  `?theme=dark&x=${'y'.repeat(3000)}`,
  '?__proto__[theme]=dark',
  '?theme=auto&theme=dark',
];

describe('embed options', () => {
  it('default to light, not to the reader’s system theme', () => {
    expect(readEmbedParams('')).toEqual({ theme: 'light', plain: false });
    expect(applied('')).toEqual({ theme: 'light', plain: false });
  });

  const cases = QUERIES.map((q) => [q.length > 60 ? `${q.slice(0, 20)}… (${q.length} characters)` : q || '(none)', q]);
  it.each(cases)('are read the same by the inline script and by readEmbedParams: %s', (_label, query) => {
    expect(applied(query)).toEqual(readEmbedParams(query));
  });
});
