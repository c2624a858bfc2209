import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { htmlFiles } from '../../scripts/html-files';

/**
 * Every built page through a third-party HTML validator, read straight from out/ (no browser): the HTML
 * standard and the validator's accessibility rules, with duplicate ids as errors, so a link to #figure-…
 * can never land on the wrong card.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:a11y'],
  rules: {
    'no-dup-id': 'error',
    // Figure tables carry explicit table roles on purpose: below 640 px CSS stacks them as blocks, and
    // some browsers drop table semantics when a table's display changes (components/tables/FiguresTable.tsx).
    'no-redundant-role': 'off',
    // Scrolling table wrappers are <div role="region" aria-label tabindex="0">, the established pattern; not an error.
    'prefer-native-element': 'off',
  },
});

const problems = async (html: string, name: string) =>
  (await validator.validateString(html, name)).results.flatMap((r) =>
    r.messages.map((m) => `${name}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`),
  );

describe('every built page is valid HTML', () => {
  it('the validator fails a duplicate id (so the check below can fail)', async () => {
    const html =
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p id="figure-a">1</p><p id="figure-a">2</p></body></html>';
    expect((await problems(html, 'dup.html')).join('\n')).toContain('(no-dup-id)');
  });

  it('has no duplicate ids and no other validator errors on any page', async () => {
    const pages = [...htmlFiles('out')];
    expect(pages.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const file of pages) found.push(...(await problems(readFileSync(file, 'utf8'), relative('out', file))));
    expect(found).toEqual([]);
  });
});
