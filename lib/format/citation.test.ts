import { apaCitation, plainCitation } from './citation';

const input = {
  title: 'Declined detainers, NC',
  agencies: ['U.S. Immigration and Customs Enforcement'],
  url: 'https://x.example/claims/a',
  accessed: '2026-11-28',
  year: '2026',
};

describe('citations', () => {
  it('credit the agency and the site, with permalink and access date', () => {
    for (const text of [plainCitation(input), apaCitation(input)]) {
      expect(text).toContain('U.S. Immigration and Customs Enforcement');
      expect(text).toContain('On the Record');
      expect(text).toContain('https://x.example/claims/a');
      expect(text).toContain('November 28, 2026');
    }
    expect(apaCitation(input)).toMatch(/^On the Record\. \(2026\)\./);
  });
});
