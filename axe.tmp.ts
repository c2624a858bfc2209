import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveSite } from './tests/support/site-server';
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
(async () => {
  const site = await serveSite('out');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  for (const path of process.argv.slice(2)) for (const scheme of ['light', 'dark'] as const) for (const width of [390, 1280]) {
    const page = await browser.newPage({ colorScheme: scheme, viewport: { width, height: 844 } });
    await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.addScriptTag({ content: AXE });
    const r = await page.evaluate(async () => (window as any).axe.run(document, { resultTypes: ['violations'] }));
    console.log(path, scheme, width, r.violations.map((v: any) => `${v.id}: ${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join('; ')}`));
    await page.close();
  }
  await browser.close();
  await site.close();
})();
