import { appendFileSync, cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { buildSite } from '../support/build-site';

// A later story goes in by adding rows to data files alone: no code changes. The folder is the small
// valid corpus plus the one series the story's claims cite (its observations, sources and unit, as in
// data/), so the build is a small one rather than a second build of the whole site.
const SERIES = 'ice-nc-declined-detainers';
/** The series of the self-sourced fixture figure (its own observation is added below). */
const COUNTY_SERIES = 'nc-county-declined-detainers';
const DATA = join('test-results', 'fixture-extra-story-data');
const OUT = join('test-results', 'fixture-extra-story-site');
const STORY = 'fixture-outlet-2020-01-15-detainers';
const CLAIM = 'fixture-outlet-2020-01-15-nearly-600';
// The same measure and a number the record fits, but no stated period: never "Consistent with the record".
const UNDATED = 'fixture-outlet-2020-01-15-more-than-500-no-period';
// A count whose only published figure is the story's own article: "The record is this statement", never consistent.
const SELF = 'fixture-outlet-2020-01-15-sheriff-40';
const SELF_SOURCE = 'fixture-outlet-2020-01-15';
const SELF_FIGURE = 'fixture-sheriff-declined-detainers-fy2019';

type Row = Record<string, string>;
const rowsOf = (file: string, keep: (row: Row) => boolean) =>
  Papa.parse<Row>(readFileSync(join('data', file), 'utf8'), { header: true, skipEmptyLines: true }).data.filter(keep);
/** Appends rows of data/ to the fixture's copy of the file, unless a row of that id is there already. */
function copyRows(file: string, rows: Row[]) {
  const path = join(DATA, file);
  const have = new Set(
    Papa.parse<Row>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data.map((r) => r.id),
  );
  const fresh = rows.filter((r) => !have.has(r.id));
  if (fresh.length) appendFileSync(path, `${Papa.unparse(fresh, { header: false, newline: '\n' })}\n`);
}

beforeAll(() => {
  rmSync(DATA, { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
  cpSync(join('tests', 'bad-data', '_valid'), DATA, { recursive: true });
  const observations = rowsOf('observations.csv', (o) => o.series_id === SERIES);
  const series = rowsOf('series.csv', (r) => r.id === SERIES || r.id === COUNTY_SERIES);
  copyRows('series.csv', series);
  copyRows('observations.csv', observations);
  copyRows(
    'sources.csv',
    rowsOf('sources.csv', (r) => observations.some((o) => o.source_id === r.id)),
  );
  copyRows(
    'units.csv',
    rowsOf('units.csv', (u) => series.some((r) => r.unit === u.id)),
  );
  appendFileSync(
    join(DATA, 'stories.csv'),
    `${STORY},Fixture Outlet,A fixture story about detainers,A. Reporter,2020-01-15,https://example.org/fixture,A story added as data only.,\n`,
  );
  appendFileSync(
    join(DATA, 'claims.csv'),
    `${CLAIM},${STORY},1,"""Nearly 600 detainers were refused in North Carolina in FY2019,"" the fixture said.",A. Reporter,Fixture Outlet,,,600,nearly,declined detainers,North Carolina,37,FY2019,federal-fy,2018-10-01,2019-09-30,same-measure,The claim and the record both count declined detainers in FY2019.,,,\n` +
      `${UNDATED},${STORY},2,"""More than 500 detainers were refused in North Carolina,"" the fixture said.",A. Reporter,Fixture Outlet,500,500,,more-than,declined detainers,North Carolina,37,not stated,,,,same-measure,The claim counts declined detainers but states no period.,,,\n` +
      `${SELF},${STORY},3,"""The sheriff declined 40 detainers in FY2019,"" the fixture said.",A. Reporter,Fixture Outlet,40,,,exact,declined detainers,"Mecklenburg County, NC",37119,FY2019,federal-fy,2018-10-01,2019-09-30,same-measure,The only figure is the story's own.,,,\n`,
  );
  // The figure's source is the story itself: the same address, written with http, www. and a trailing slash.
  appendFileSync(
    join(DATA, 'sources.csv'),
    `${SELF_SOURCE},A fixture story about detainers,Fixture Outlet,2020-01-15,http://www.example.org/fixture/,news-report,The story itself.\n`,
  );
  appendFileSync(
    join(DATA, 'observations.csv'),
    `${SELF_FIGURE},nc-county-declined-detainers,"Mecklenburg, FY2019 (fixture)",FY2019,federal-fy,2018-10-01,2019-09-30,"Mecklenburg County, NC",37119,40,exact,declined detainers,${SELF_SOURCE},"""The sheriff declined 40 detainers in FY2019,"" the fixture said.",verbatim,low,\n`,
  );
  appendFileSync(
    join(DATA, 'claim_evidence.csv'),
    `${CLAIM},nc-declined-detainers-fy2019-full,record\n${UNDATED},nc-declined-detainers-fy2019-full,record\n${SELF},${SELF_FIGURE},record\n`,
  );
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
    // "nearly 600" allows 540–600; the record says at least 563 (the Washington Times, another outlet), so the two are consistent.
    expect(html).toContain('Consistent with the record');
    expect(readFileSync(join(OUT, 'index.html'), 'utf8')).toContain('A fixture story about detainers');
    // "More than 500" fits "at least 563", but the claim states no period, so the numbers are not compared.
    const undated = readFileSync(join(OUT, 'claims', `${UNDATED}.html`), 'utf8');
    expect(undated).toContain('More than 500 detainers were refused');
    expect(undated).not.toContain('Consistent with the record');
    expect(undated).toContain(
      'Not comparable: the claim states no period; the record covers FY2019 (federal fiscal year, Oct 1, 2018 – Sep 30, 2019)',
    );
    // Checked only against its own article, the claim is its own record: no verdict, and the source is named.
    const self = readFileSync(join(OUT, 'claims', `${SELF}.html`), 'utf8');
    expect(self).toContain('data-status="self-sourced"');
    expect(self).toContain('The record is this statement');
    expect(self).not.toContain('Consistent with the record');
    expect(self).toMatch(/comes from Fixture Outlet \(2020-01-15\), the claim(&#x27;|')s own source/);
    // The home page says how many verdicts rest on an independent record: the small corpus's one consistent claim plus
    // the fixture's; the self-sourced claim is not counted.
    expect(readFileSync(join(OUT, 'index.html'), 'utf8')).toMatch(
      /<span class="font-semibold">2<\/span> of 6 verdicts rest on an independent record/,
    );
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
