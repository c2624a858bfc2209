/**
 * The chart regression suite, shard 1 of 2 (tests/charts/regression.ts says what it pins and how); shard 2 is
 * scripts/chart-regression-2.test.ts, so jest renders the two halves on two workers.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { changedFile, compareEntry, entryFile, regressionSuite, shardOf, SHARDS } from '../tests/charts/regression';

/** A reference name in this shard, so the other shard (another worker) never sees it as an orphan. */
const selftestName = (tag: string) => {
  let i = 0;
  while (shardOf(`zz-selftest-${tag}${i}`) !== 0) i++;
  return `zz-selftest-${tag}${i}.svg`;
};

describe('chart regression suite (shard 1)', () => {
  it('has one test file per shard', () => {
    expect(readdirSync(__dirname).filter((f) => /^chart-regression(-\d+)?\.test\.ts$/.test(f))).toHaveLength(SHARDS);
  });

  it.each([true, false])(
    'writes <name>.changed.svg beside the reference on a difference and names it (readable: %s)',
    (readable) => {
      const name = selftestName(String(readable));
      const entry = { name, readable, svg: () => '' };
      if (readable) writeFileSync(entryFile(name), '<svg>\n<g/>\n</svg>\n');
      try {
        const message = compareEntry(
          entry,
          '<svg>\n<rect/>\n</svg>\n',
          { [name]: 'not the hash' },
          'tests/charts/hashes-1.json',
          () => true,
        );
        expect(message).toContain(
          `The new render is in tests/charts/reference/${name.replace('.svg', '.changed.svg')}`,
        );
        expect(readFileSync(changedFile(name), 'utf8')).toBe('<svg>\n<rect/>\n</svg>\n');
        if (readable) expect(message).toContain('+ <rect/>');
        // Once it matches again, the stale .changed.svg goes.
        const same = readable ? '<svg>\n<g/>\n</svg>\n' : '<svg/>';
        const hashes = { [name]: createHash('sha256').update(same).digest('hex') };
        expect(compareEntry(entry, same, hashes, 'tests/charts/hashes-1.json', () => true)).toBeNull();
        expect(existsSync(changedFile(name))).toBe(false);
      } finally {
        rmSync(entryFile(name), { force: true });
        rmSync(changedFile(name), { force: true });
      }
    },
  );

  regressionSuite(0);
});
