import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../support/build-site';

// The build runs the same validation as check:data before anything is written: a bad folder publishes nothing.
const CORPUS = join('tests', 'bad-data');
const CASES = [
  'duplicate-primary-key',
  'dangling-observation-source',
  'javascript-url',
  'percent-over-100',
  'unterminated-quote',
  'claim-low-above-high',
];

describe('npm run build refuses malformed data folders', () => {
  it.each(CASES)('%s: fails with a located error and writes no site', (name) => {
    const dir = join('test-results', 'build-refuses', name);
    const out = join('test-results', 'build-refuses', `${name}-site`);
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    cpSync(join(CORPUS, '_valid'), dir, { recursive: true });
    for (const file of readdirSync(join(CORPUS, name)))
      if (file !== 'case.json') cpSync(join(CORPUS, name, file), join(dir, file));
    const { status, output } = buildSite(dir, out, `build-refuses-${name}`);
    expect(status).not.toBe(0);
    expect(output).toMatch(/\.(csv|json):\d+:\d+: /);
    expect(existsSync(out)).toBe(false);
  });
});
