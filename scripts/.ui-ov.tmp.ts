import { chromium } from '@playwright/test';
import { browserLaunchOptions } from './browser';
const browser = await chromium.launch(browserLaunchOptions());
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto('http://127.0.0.1:4241/');
await page.locator('[data-map-ready="true"]').first().waitFor({ timeout: 90_000 });
const out = await page.evaluate(`(() => {
  const res = [];
  for (const el of document.querySelectorAll('body *')) {
    const b = el.getBoundingClientRect();
    if (b.bottom > innerHeight - 1 && b.height > 0 && !el.closest('.side')) res.push(el.tagName + '.' + el.className + ' ' + b.top + ' ' + b.bottom + ' ' + getComputedStyle(el).position);
  }
  return [document.documentElement.scrollHeight, innerHeight, document.body.scrollHeight, res.slice(0, 15)];
})()`);
console.log(JSON.stringify(out, null, 1));
await browser.close();
