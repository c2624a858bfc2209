import { JSDOM } from 'jsdom';
import { escapeXml, stripInvalidXml } from './xml';

const parser = new new JSDOM('').window.DOMParser();

/** Puts text into an attribute and a text node of a strict XML document and reads both back. */
function roundTrip(text: string) {
  const doc = parser.parseFromString(
    `<a t="${escapeXml(text)}" u='${escapeXml(text)}'>${escapeXml(text)}</a>`,
    'application/xml',
  );
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const a = doc.documentElement;
  return {
    attr: a.getAttribute('t'),
    single: a.getAttribute('u'),
    text: a.textContent,
    elements: a.getElementsByTagName('*').length,
    attrs: a.attributes.length,
  };
}

describe('escapeXml', () => {
  it('escapes the five XML special characters, ampersand first', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
    expect(escapeXml('&lt;')).toBe('&amp;lt;');
  });

  it.each([
    '<script>alert(1)</script>',
    '"><img src=x onerror="alert(1)">',
    `'><svg onload='alert(1)'>`,
    '</svg><script>x</script>',
    ']]><![CDATA[x',
    '&amp; &#60; &nope;',
  ])('keeps hostile text as text in attributes and text nodes: %s', (payload) => {
    const r = roundTrip(payload);
    expect(r).toEqual({ attr: payload, single: payload, text: payload, elements: 0, attrs: 2 });
  });

  it('drops C0 controls that XML 1.0 forbids and keeps tab, LF and CR', () => {
    expect(escapeXml('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg')).toBe('abcdefg');
    expect(escapeXml('a\tb\nc\rd')).toBe('a\tb\nc\rd');
    expect(roundTrip('x\u0007y').text).toBe('xy');
  });

  it('keeps Unicode bidi controls as characters: they are valid XML', () => {
    const bidi = '\u202Eevil\u202C \u2066isolate\u2069 \u200Fmark \u202A\u202B\u202D\u200E\u2067\u2068';
    expect(escapeXml(bidi)).toBe(bidi);
    expect(roundTrip(bidi).text).toBe(bidi);
  });

  it('keeps astral characters and drops lone surrogates and U+FFFE/U+FFFF', () => {
    expect(escapeXml('ok 😀 𝔸')).toBe('ok 😀 𝔸');
    expect(stripInvalidXml('a\uD800b\uDC00c\uFFFEd\uFFFFe')).toBe('abcde');
    expect(roundTrip('a\uD83Db 😀').text).toBe('ab 😀');
  });

  it('keeps C1 and other valid characters, and coerces non-strings', () => {
    expect(escapeXml('\u0085\u00A0é—“”')).toBe('\u0085\u00A0é—“”');
    expect(escapeXml(42 as unknown as string)).toBe('42');
  });
});
