import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const AXE = readFileSync(join('node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * Puts axe-core into the page. Evaluated through the DevTools protocol, as a tool's script is, not added as
 * an inline <script>: the site's content policy blocks inline scripts it does not name, and must.
 */
export async function injectAxe(page: Page): Promise<void> {
  if ((await page.evaluate(`${AXE}\n;typeof window.axe`)) !== 'object')
    throw new Error('axe-core did not load into the page');
}

/** Runs axe-core in the page and returns its violations as "path: rule (targets)". */
export async function axeViolations(page: Page, path: string): Promise<string[]> {
  await injectAxe(page);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.map(
    (v) =>
      `${path}: ${v.id} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join('; ')})`,
  );
}
