import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:3102';
const pages = { record: '/record', map: '/charts/nc-287g-moa-pdfs-by-county-2026-08-14', meck: '/counties/mecklenburg', home: '/' };
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
for (const [name, path] of Object.entries(pages)) {
  for (const width of [390, 1280]) {
    for (const scheme of ['light', 'dark']) {
      if (name === 'home' && (width === 390 || scheme === 'dark')) continue;
      const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await ctx.newPage();
      await page.goto(base + path, { waitUntil: 'load' });
      await page.screenshot({ path: `/tmp/i18b-shot-${name}-${width}-${scheme}.png`, fullPage: true });
      await ctx.close();
    }
  }
}
await browser.close();
