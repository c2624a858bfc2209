import { appendFileSync, cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../support/build-site';

// A later story goes in by adding rows to data files alone: no code changes.
const DATA = join('test-results', 'fixture-extra-story-data');
const OUT = join('test-results', 'fixture-extra-story-site');
const STORY = 'fixture-outlet-2020-01-15-detainers';
const CLAIM = 'fixture-outlet-2020-01-15-nearly-600';

beforeAll(() => {
  rmSync(DATA, { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
  cpSync('data', DATA, { recursive: true });
  appendFileSync(join(DATA, 'stories.csv'), `${STORY},Fixture Outlet,A fixture story about detainers,A. Reporter,2020-01-15,https://example.org/fixture,A story added as data only.,\n`);
  appendFileSync(
    join(DATA, 'claims.csv'),
    `${CLAIM},${STORY},1,"""Nearly 600 detainers were refused in North Carolina in FY2019,"" the fixture said.",A. Reporter,Fixture Outlet,,,600,nearly,declined detainers,North Carolina,FY2019,same-measure,The claim and the record both count declined detainers in FY2019.\n`,
  );
  appendFileSync(join(DATA, 'claim_evidence.csv'), `${CLAIM},nc-declined-detainers-fy2019-full,record\n`);
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
    // The stories index lists it too, and every page's header links there.
    const stories = readFileSync(join(OUT, 'stories.html'), 'utf8');
    expect(stories).toContain('A fixture story about detainers');
    expect(stories).toContain('<a href="/stories">Stories</a>');
  });
});
