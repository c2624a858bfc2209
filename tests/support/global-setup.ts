import { existsSync } from 'node:fs';
import { buildSite } from './build-site';

/**
 * Builds the site once for every e2e test, through `npm run build`, as a reader's copy would be built.
 * E2E_SKIP_BUILD=1 reuses an existing out/ while iterating locally; CI always builds.
 */
export default async function globalSetup() {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync('out/index.html')) return;
  const started = Date.now();
  const { status, output } = buildSite('data', 'out', 'build-main');
  if (status !== 0) throw new Error(`npm run build failed (see test-results/build-main.log):\n${output.slice(-3000)}`);
  console.log(`\n[e2e] built out/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
