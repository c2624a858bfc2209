import { chromium } from 'playwright-core';
const [base, ...paths] = process.argv.slice(2);
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  for (const spec of paths) {
    const [path, w, scheme, sel] = spec.split('|');
    const page = await browser.newPage({ viewport: { width: Number(w), height: 900 }, colorScheme: scheme as 'light' | 'dark' });
    await page.goto(base + path, { waitUntil: 'networkidle' });
    const name = `/tmp/v12/shot-${path.replace(/[^a-z0-9]+/gi, '_')}-${w}-${scheme}.png`;
    if (sel) await page.locator(sel).first().screenshot({ path: name });
    else await page.screenshot({ path: name, fullPage: false });
    console.log(name);
    await page.close();
  }
  await browser.close();
})();
