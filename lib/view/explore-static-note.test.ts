import { staticViewNote } from './explore-static-note';

describe('staticViewNote', () => {
  it('names the default view the static page shows and says a linked view needs JavaScript', () => {
    const names = new Map([
      ['37183', 'Wake'],
      ['37119', 'Mecklenburg'],
    ]);
    const note = staticViewNote(
      { measure: 'm', tab: 'chart', counties: ['37183', '37119'], from: 'FY2015-16', to: 'FY2023-24', per: 'total' },
      'Felonies filed',
      names,
    );
    expect(note).toMatch(
      /^Without JavaScript this page shows only its default view: Felonies filed, for Wake and Mecklenburg, FY2015-16 to FY2023-24\./,
    );
    expect(note).toMatch(/needs JavaScript to show that view/);
  });
});
