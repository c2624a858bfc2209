import { jsonLd } from './json-ld';

describe('jsonLd', () => {
  it('cannot close its script element, and parses back to the same value', () => {
    const value = { claimReviewed: '</script><script>alert(1)</script> & <!-- \u2028' };
    const text = jsonLd(value);
    expect(text).not.toMatch(/<|>/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
