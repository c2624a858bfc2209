/**
 * data/README.md documents every resource and column of data/datapackage.json, and data/CHANGELOG.md keeps the
 * Keep a Changelog shape. A new column or resource fails here until the README describes it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DATA = join(__dirname, '..', '..', 'data');
const pkg = JSON.parse(readFileSync(join(DATA, 'datapackage.json'), 'utf8')) as {
  resources: Array<{ name: string; path: string; schema: { fields: Array<{ name: string }> } }>;
};
const readme = readFileSync(join(DATA, 'README.md'), 'utf8');
const changelog = readFileSync(join(DATA, 'CHANGELOG.md'), 'utf8');

/** The README's section for one resource: from its `### `<path>`` heading to the next heading of that level or above. */
function sectionOf(path: string): string | null {
  const start = readme.indexOf(`### \`${path}\``);
  if (start < 0) return null;
  const rest = readme.slice(start + 1);
  const end = rest.search(/\n#{1,3} /);
  return end < 0 ? rest : rest.slice(0, end);
}

describe('data/README.md', () => {
  test('names every resource in datapackage.json, by name and by file', () => {
    const missing = pkg.resources.filter((r) => !readme.includes(`\`${r.name}\``) || !readme.includes(`\`${r.path}\``)).map((r) => r.name);
    expect(missing).toEqual([]);
  });

  test('names every field of every resource', () => {
    const missing = pkg.resources.flatMap((r) => r.schema.fields.filter((f) => !readme.includes(`\`${f.name}\``)).map((f) => `${r.name}.${f.name}`));
    expect(missing).toEqual([]);
  });

  test("has a layout table for every resource that lists each of its fields as a row", () => {
    const missing: string[] = [];
    for (const r of pkg.resources) {
      const section = sectionOf(r.path);
      if (!section) {
        missing.push(`${r.name}: no "### \`${r.path}\`" section`);
        continue;
      }
      for (const f of r.schema.fields) if (!section.includes(`| \`${f.name}\` |`)) missing.push(`${r.name}.${f.name}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('data/CHANGELOG.md', () => {
  test("starts with '# Changelog'", () => {
    expect(changelog.startsWith('# Changelog\n')).toBe(true);
  });

  test("has an '## [Unreleased]' section with at least one entry", () => {
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
    const unreleased = changelog.slice(changelog.indexOf('## [Unreleased]')).split(/\n## \[/)[0];
    expect(unreleased).toMatch(/^### (Added|Changed|Deprecated|Removed|Fixed|Security)$/m);
    expect(unreleased).toMatch(/^- /m);
  });
});
