import { quoted } from './quoted';

describe('quoted', () => {
  it('puts a quote between curly marks', () => {
    expect(quoted('more than 500 detainers')).toBe('“more than 500 detainers”');
  });

  it('never doubles the marks a recorded quote already has', () => {
    expect(quoted('"Across North Carolina, local authorities refused."')).toBe(
      '"Across North Carolina, local authorities refused."',
    );
    expect(quoted('"Across North Carolina, local authorities refused to honor more than 500 detainers', 42)).toBe(
      '"Across North Carolina, local authorities…"',
    );
    expect(quoted('“Across North Carolina, local authorities refused to honor more than 500 detainers', 42)).toBe(
      '“Across North Carolina, local authorities…”',
    );
  });

  it('shortens at a word boundary and says so', () => {
    expect(quoted('up to 80 percent of criminal illegal aliens freed back', 30)).toBe(
      '“up to 80 percent of criminal…”',
    );
    expect(quoted('short', 30)).toBe('“short”');
  });
});
