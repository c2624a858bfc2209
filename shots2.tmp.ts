import { chromium } from 'playwright-core';
import { serveSite } from './tests/support/site-server';
(async () => {
  const site = await serveSite('out');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const [path, width, scheme, ys, action] = process.argv.slice(2);
  const page = await browser.newPage({ viewport: { width: Number(width), height: 844 }, colorScheme: scheme as 'light' | 'dark' });
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  if (action) await page.evaluate(action);
  await page.waitForTimeout(300);
  for (const y of ys.split(',').map(Number)) {
    const name = `/tmp/shots15/c-${path.replace(/\W+/g, '_')}-${width}-${scheme}-${y}.png`;
    await page.evaluate((yy) => window.scrollTo(0, yy), y);
    await page.waitForTimeout(200);
    await page.screenshot({ path: name });
    console.log(name);
  }
  await browser.close();
  await site.close();
})();
