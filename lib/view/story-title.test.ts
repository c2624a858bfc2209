import { storyTitle } from './story-title';

describe('storyTitle', () => {
  it('keeps a recorded headline', () => {
    expect(storyTitle({ headline: 'ICE hits 5-year high for deportations' })).toEqual({
      text: 'ICE hits 5-year high for deportations',
      isHeadline: true,
    });
  });

  it('turns the placeholder for an unknown headline into a description', () => {
    expect(storyTitle({ headline: '[Breitbart News article, 2019-11-26; headline not recorded]' })).toEqual({
      text: 'Breitbart News article, 2019-11-26',
      isHeadline: false,
    });
    expect(
      storyTitle({ headline: '[Judicial Watch article, 2019-09-10, republished at aviac.us; headline not recorded]' })
        .text,
    ).toBe('Judicial Watch article, 2019-09-10, republished at aviac.us');
  });

  it('leaves brackets that are part of a headline alone', () => {
    expect(
      storyTitle({ headline: 'ICE: nearly [500] undocumented immigrants released [from] NC jails despite detainer' })
        .isHeadline,
    ).toBe(true);
  });
});
