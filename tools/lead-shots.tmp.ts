// Lead's quick screenshot script: four sizes, touch on phone/tablet.
import { chromium } from 'playwright-core';
const [base, outDir, ...queries] = process.argv.slice(2);
const SIZES = [
  { name: 'tl', width: 1024, height: 768, touch: true },
  { name: 'tp', width: 768, height: 1024, touch: true },
  { name: 'ph', width: 390, height: 844, touch: true },
  { name: 'lap', width: 1440, height: 900, touch: false },
];
const only = process.env.SIZES?.split(',');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update','--use-angle=swiftshader','--enable-unsafe-swiftshader','--ignore-gpu-blocklist'] });
for (const q of queries) for (const s of SIZES) {
  if (only && !only.includes(s.name)) continue;
  const ctx = await browser.newContext({ viewport: { width: s.width, height: s.height }, hasTouch: s.touch, isMobile: s.name === 'ph', deviceScaleFactor: 1, colorScheme: process.env.DARK ? 'dark' : 'light', reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await page.goto(base + q);
  await page.waitForSelector('[data-testid="viewer"][data-ready="true"]', { timeout: 90000 }).catch(() => console.log('not ready', q));
  await page.waitForTimeout(1500);
  const slug = q.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
  const f = `${outDir}/${slug}-${s.name}${process.env.DARK ? '-dark' : ''}.png`;
  await page.screenshot({ path: f, fullPage: !!process.env.FULL });
  console.log(f);
  await ctx.close();
}
await browser.close();
