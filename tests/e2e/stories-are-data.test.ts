import { appendFileSync, cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../support/build-site';

// A later story goes in by adding rows to data files alone: no code changes.
const DATA = join('test-results', 'fixture-extra-story-data');
const OUT = join('test-results', 'fixture-extra-story-site');
const STORY = 'fixture-outlet-2020-01-15-detainers';
const CLAIM = 'fixture-outlet-2020-01-15-nearly-600';
// The same measure and a number the record fits, but no stated period: never "Consistent with the record".
const UNDATED = 'fixture-outlet-2020-01-15-more-than-500-no-period';

beforeAll(() => {
  rmSync(DATA, { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
  cpSync('data', DATA, { recursive: true });
  appendFileSync(join(DATA, 'stories.csv'), `${STORY},Fixture Outlet,A fixture story about detainers,A. Reporter,2020-01-15,https://example.org/fixture,A story added as data only.,\n`);
  appendFileSync(
    join(DATA, 'claims.csv'),
    `${CLAIM},${STORY},1,"""Nearly 600 detainers were refused in North Carolina in FY2019,"" the fixture said.",A. Reporter,Fixture Outlet,,,600,nearly,declined detainers,North Carolina,37,FY2019,federal-fy,2018-10-01,2019-09-30,same-measure,The claim and the record both count declined detainers in FY2019.,\n` +
      `${UNDATED},${STORY},2,"""More than 500 detainers were refused in North Carolina,"" the fixture said.",A. Reporter,Fixture Outlet,500,500,,more-than,declined detainers,North Carolina,37,not stated,,,,same-measure,The claim counts declined detainers but states no period.,\n`,
  );
  appendFileSync(join(DATA, 'claim_evidence.csv'), `${CLAIM},nc-declined-detainers-fy2019-full,record\n${UNDATED},nc-declined-detainers-fy2019-full,record\n`);
});

describe('stories are data', () => {
  it('builds a story page and a claim page for a story added only in data files', () => {
    const { status, output } = buildSite(DATA, OUT, 'build-fixture-extra-story');
    expect({ status, tail: status === 0 ? '' : output.slice(-2000) }).toEqual({ status: 0, tail: '' });
    const story = join(OUT, 'stories', `${STORY}.html`);
    const claim = join(OUT, 'claims', `${CLAIM}.html`);
    expect(existsSync(story)).toBe(true);
    expect(existsSync(claim)).toBe(true);
    const html = readFileSync(claim, 'utf8');
    expect(html).toContain('Nearly 600 detainers were refused');
    // "nearly 600" allows 540–600; the record says at least 563, so the two are consistent.
    expect(html).toContain('Consistent with the record');
    expect(readFileSync(join(OUT, 'index.html'), 'utf8')).toContain('A fixture story about detainers');
    // "More than 500" fits "at least 563", but the claim states no period, so the numbers are not compared.
    const undated = readFileSync(join(OUT, 'claims', `${UNDATED}.html`), 'utf8');
    expect(undated).toContain('More than 500 detainers were refused');
    expect(undated).not.toContain('Consistent with the record');
    expect(undated).toContain('Not comparable: the claim states no period; the record covers FY2019 (federal fiscal year, Oct 1, 2018 – Sep 30, 2019)');
    // Both claims state the NC FY2019 figure as its record, so both join its trail, in date order.
    const trail = readFileSync(join(OUT, 'trails', 'ice-nc-declined-detainers.html'), 'utf8');
    expect(trail).toContain('Nearly 600 detainers were refused');
    expect(trail).toContain('More than 500 detainers were refused');
    expect(readFileSync(claim, 'utf8')).toContain('href="/trails/ice-nc-declined-detainers"');
    // The stories index lists it too, and every page's header links there.
    const stories = readFileSync(join(OUT, 'stories.html'), 'utf8');
    expect(stories).toContain('A fixture story about detainers');
    expect(stories).toContain('<a href="/stories">Stories</a>');
  });
});
