import { chromium } from '@playwright/test';
import { browserLaunchOptions } from './scripts/browser';
const base = 'http://127.0.0.1:4173';
const widths = (process.env.W ?? '390x844,820x1180,1280x720,1440x900').split(',');
const urls = (process.env.U ?? '/').split(',');
const browser = await chromium.launch(browserLaunchOptions());
for (const wh of widths) for (const [i,u] of urls.entries()) {
  const [w,h] = wh.split('x').map(Number);
  const page = await browser.newPage({ viewport: { width: w!, height: h! } });
  await page.goto(base + u);
  const maps = page.locator('.map-view__map');
  await maps.first().waitFor({ timeout: 60_000 });
  for (let k = 0; k < (await maps.count()); k++) await page.locator('[data-map-ready="true"]').nth(k).waitFor({ timeout: 120_000 });
  await page.waitForTimeout(600);
  await page.screenshot({ path: `/tmp/shots/${w}-${i}.png` });
  await page.close();
}
await browser.close();
