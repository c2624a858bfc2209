import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareInIndex } from '../claims/compare-in-index';
import { Index } from '../data/evidence';
import { checkDataset, loadDataset } from '../data/dataset';
import { formatProblem } from '../data/problem';
import { checkIndex, checkSeriesData } from './check-data';
import { type CheckInput, EMPTY_INPUT } from './check-url';
import { runCheck } from './run-check';
import { SUGGEST_COLUMNS, type SuggestInput, suggestRows, validateSuggestion } from './suggest-rows';
import { validateCheck } from './validate-check';

const DATA = join(__dirname, '..', '..', 'data');
const data = loadDataset(DATA);
const index = checkIndex(data);
const run = (fields: Partial<CheckInput>) => {
  const { stated } = validateCheck({ ...EMPTY_INPUT, ...fields }, index);
  return runCheck(stated!, checkSeriesData(data, stated!.measure.id));
};
const article: SuggestInput = {
  quote: '"Sheriffs refused more than 500 detainers last year," she said on the radio.',
  speaker: 'A radio host',
  outlet: 'Example Radio',
  headline: 'Detainers, again',
  date: '2019-11-03',
  url: 'https://radio.example.org/2019/11/03/detainers',
};

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'suggest-rows-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The suggested rows appended to a copy of data/, checked as check:data checks them, and the claim judged as the build judges it. */
function appendAndBuild(name: string, fields: Partial<CheckInput>, input: SuggestInput = article) {
  const result = run(fields);
  expect(validateSuggestion(input, result)).toEqual({});
  const rows = suggestRows(input, result);
  const dir = join(scratch, name);
  cpSync(DATA, dir, { recursive: true });
  appendFileSync(join(dir, 'stories.csv'), rows.stories);
  appendFileSync(join(dir, 'claims.csv'), rows.claims);
  appendFileSync(join(dir, 'claim_evidence.csv'), rows.claim_evidence);
  const { dataset, problems } = checkDataset(dir);
  expect(problems.map(formatProblem)).toEqual([]);
  const idx = new Index(dataset!);
  const claim = dataset!.claims[dataset!.claims.length - 1];
  return { result, claim, built: compareInIndex(idx, claim) };
}

const detainers = { measure: 'ice-nc-declined-detainers', q: 'more-than', n: '500', place: '37', period: 'federal-fy' };

describe('Suggest this claim', () => {
  test('the columns are the files’ own, in order', () => {
    const pkg = JSON.parse(readFileSync(join(DATA, 'datapackage.json'), 'utf8'));
    for (const [name, columns] of Object.entries(SUGGEST_COLUMNS)) {
      expect(
        pkg.resources.find((r: { name: string }) => r.name === name).schema.fields.map((f: { name: string }) => f.name),
      ).toEqual([...columns]);
    }
  });

  test('FY2019: the rows pass check:data and the build’s verdict is the check’s', () => {
    const { result, claim, built } = appendAndBuild('fy2019', { ...detainers, year: '2019' });
    expect(claim.id).toBe('example-radio-2019-11-03-more-than-500-declined-detainers');
    expect(built.status).toBe('consistent');
    expect(built).toEqual({ ...result.comparison, record: built.record });
    expect(built.sentence).toBe(result.comparison.sentence);
  });

  test('FY2025 (no record): the rows pass check:data and the build says what the check says', () => {
    const { result, built } = appendAndBuild('fy2025', { ...detainers, year: '2025' });
    expect(built.status).toBe(result.comparison.status);
    expect(built.sentence).toBe(result.comparison.sentence);
  });

  test('a relative period keeps its rule, and the article’s date must be the day it was said', () => {
    const fields = { ...detainers, period: 'relative', rule: 'last-federal-fy', said: '2019-11-03' };
    const { claim, built } = appendAndBuild('relative', fields);
    expect(claim.period_rule).toBe('last-federal-fy');
    expect(built.status).toBe('consistent');
    expect(validateSuggestion({ ...article, date: '2019-12-01' }, run(fields)).date).toMatch(
      /resolved against 2019-11-03/,
    );
  });

  test('missing and hostile article fields get messages, and text is quoted, never interpreted', () => {
    const result = run({ ...detainers, year: '2019' });
    const errors = validateSuggestion(
      { ...article, quote: '', url: 'javascript:alert(1)', date: '03/11/2019' },
      result,
    );
    expect(Object.keys(errors).sort()).toEqual(['date', 'quote', 'url']);
    const rows = suggestRows({ ...article, quote: 'He said "500,\nat least"' }, result);
    expect(rows.claims).toContain('"He said ""500,\nat least"""');
  });
});
