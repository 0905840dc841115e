import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

const SIZES = [
  { name: 'tablet landscape', width: 1024, height: 768, touch: true },
  { name: 'tablet portrait', width: 768, height: 1024, touch: true },
  { name: 'phone', width: 390, height: 844, touch: true },
  { name: 'laptop', width: 1440, height: 900, touch: false },
] as const;

interface Box { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every visible button, link and form control in the page's first screen, with its size. */
async function visibleTargets(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], select, input:not([type="range"])')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && box.top < window.innerHeight && box.bottom > 0
          && !element.closest('.visually-hidden, .skip-link');
      })
      .map((element) => {
        const box = element.getBoundingClientRect();
        return { label: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40), width: box.width, height: box.height };
      }),
  );
}

for (const size of SIZES) {
  test.describe(`on a ${size.name} (${size.width}×${size.height})`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch });

    test('the controls of the view never cover the body, and every target is at least 44 px', async ({ page }) => {
      await openApp(page, '?lang=nl&lines=dfl&region=jaw');
      const canvas = await page.locator('[data-testid="viewer"] canvas').boundingBox();
      const toolbar = await page.locator('.stage-toolbar').boundingBox();
      if (!canvas || !toolbar) throw new Error('no canvas or toolbar');
      expect(overlaps(canvas, toolbar), 'the camera bar lies beside the body, not on it').toBe(false);
      const small = (await visibleTargets(page)).filter((target) => target.width < 44 || target.height < 44);
      expect(small, 'targets smaller than 44×44 px').toEqual([]);
    });

    test('the body is the largest part of the screen', async ({ page }) => {
      await openApp(page, '?lang=nl');
      const stage = await page.locator('.stage').boundingBox();
      if (!stage) throw new Error('no stage');
      const share = stage.width / size.width;
      // Side by side, the body's column is wider than the line list and the panel; the landscape tablet gives it ≥ 55 %.
      for (const column of ['.sidebar', '.line-rail', '.detail']) {
        if ((await page.locator(column).count()) === 0) continue;
        const box = await page.locator(column).boundingBox();
        if (box && Math.abs(box.y - stage.y) < 2) expect(stage.width, `the body is wider than ${column}`).toBeGreaterThan(box.width);
      }
      if (size.name === 'tablet landscape') expect(share).toBeGreaterThanOrEqual(0.55);
      if (size.height > size.width) expect(share).toBeGreaterThanOrEqual(0.85);
    });
  });
}

test.describe('on a tablet in landscape', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

  test('every line can be reached without scrolling the list', async ({ page }) => {
    await openApp(page, '?lang=nl');
    for (const toggle of await page.locator('button.line-toggle[data-line]').all()) {
      const box = await toggle.boundingBox();
      expect(box && box.y + box.height <= 768, `${await toggle.getAttribute('data-line')} is on screen`).toBe(true);
    }
    await expect(page.locator('button.line-toggle[data-line]')).toHaveCount(12);
  });
});

test('the panel follows the lit line, the line page is in the URL, and Escape and back close it', async ({ page }) => {
  await openApp(page, '?lang=en');
  await expect(page.getByRole('button', { name: 'Show the Deep Front Line' })).toBeVisible();
  await page.locator('button.line-toggle[data-line="sbl"]').click();
  const story = page.getByRole('region', { name: /Superficial Back Line/ });
  await expect(story).toBeVisible();
  await expect(story).toContainText('Where it runs');
  await expect(page.getByRole('button', { name: 'Show the Deep Front Line' })).toHaveCount(0);

  await story.getByRole('button', { name: /Read all about the Superficial Back Line/ }).click();
  await expect(page).toHaveURL(/line=sbl/);
  await expect(page.getByRole('heading', { name: /Stations and tracks/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/line=sbl/);
  await expect(page.getByRole('heading', { name: /Stations and tracks/ })).toHaveCount(0);

  await page.goBack();
  await expect(page).toHaveURL(/line=sbl/);
  await expect(page.getByRole('heading', { name: /Stations and tracks/ })).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/line=sbl/);
});

test('a link to a line page opens it', async ({ page }) => {
  await openApp(page, '?lang=en&line=dfl');
  await expect(page.getByRole('region', { name: /Deep Front Line/ })).toContainText('Stations and tracks');
});
