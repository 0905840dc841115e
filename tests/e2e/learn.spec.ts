import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

const check = (page: Page) => page.getByRole('button', { name: 'Check', exact: true }).click();
const feedback = (page: Page) => page.getByTestId('learn-feedback');

/** Answers the question on screen right or wrong, from the options' data-correct (data-answer-index for an order). */
async function answer(page: Page, right: boolean): Promise<void> {
  const card = page.locator('.learn-quiz__card');
  const type = await card.getAttribute('data-question-type');
  if (type === 'order') {
    if (right) {
      const count = await page.locator('.learn-order__row').count();
      for (let target = 0; target < count; target++) {
        const row = page.locator(`.learn-order__row[data-answer-index="${target}"]`);
        // The first moved up with its button (a finger), the others with Alt+↑ on the keyboard, until each stands at its place.
        while ((await page.locator('.learn-order__row').nth(target).getAttribute('data-answer-index')) !== String(target)) {
          if (target === 0) await row.getByRole('button', { name: /up$/ }).click();
          else await row.locator('.learn-order__item').press('Alt+ArrowUp');
        }
      }
      // The list is one Tab stop: from any item, Tab goes straight on to Check.
      await page.locator('.learn-order__item').first().focus();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeFocused();
    }
  } else if (type === 'region_lines') {
    const options = page.locator(`.learn-option[data-correct="${right}"]`);
    if (right) for (const option of await options.all()) await option.click();
    else await options.first().click();
  } else {
    await page.locator(`.learn-option[data-correct="${right}"]`).first().click();
  }
  await check(page);
  await expect(feedback(page)).toHaveAttribute('data-right', String(right));
  await expect(feedback(page)).toContainText(right ? 'Right!' : 'Not quite.');
}

test('a teacher\'s link opens the Deep Front Line at the psoas, named on the body; arrows walk the list', async ({ page }) => {
  await openApp(page, '?lang=en&mode=learn&study=dfl&item=psoas');
  const current = page.locator('.learn-item[aria-current="step"]');
  await expect(current).toContainText('Psoas');
  await expect(page.getByTestId('learn-body-label')).toContainText('Psoas');
  await current.press('ArrowDown');
  await expect(page).toHaveURL(/study=dfl&item=lumbar_vertebrae/);
  await expect(page.locator('.learn-item[aria-current="step"]')).toBeFocused();
});

test('comparing the Lateral and Spiral Lines shows the iliotibial tract they share', async ({ page }) => {
  await openApp(page, '?lang=en&mode=learn&compare=ll,spl');
  await expect(page.getByTestId('learn-shared').locator('[data-pair="ll-spl"]')).toContainText('Iliotibial tract');
  await expect(page.locator('.learn-compare__line li[data-shared]').first()).toBeVisible();
});

test('each kind of question gives feedback right and wrong; a session ends with a score kept after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, '?lang=en&mode=learn&quiz=all&seed=11');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  const seen = new Set<string>();
  let right = 0;
  for (let index = 0; index < 10; index++) {
    const type = (await page.locator('.learn-quiz__card').getAttribute('data-question-type')) ?? '';
    // The first question of each kind answered right, the second wrong; the rest alternate.
    const giveRight = !seen.has(type) || index % 2 === 0;
    seen.add(type);
    await answer(page, giveRight);
    if (giveRight) right++;
    await page.getByRole('button', { name: index === 9 ? 'See your score' : 'Next question' }).click();
    // The new question has the focus, so it is read out and the keyboard goes on from it.
    if (index < 9) await expect(page.locator('.learn-quiz__counter')).toBeFocused();
  }
  expect(seen.size).toBe(6);
  await expect(page.getByTestId('learn-score')).toContainText(`You scored ${right} of 10`);
  await page.getByRole('button', { name: 'New quiz' }).click();
  await expect(page.getByTestId('learn-progress')).toContainText('Per kind of question');
  await page.reload();
  await expect(page.getByTestId('learn-progress')).toContainText(/right/);
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(page.getByTestId('learn-progress')).toContainText('Progress reset.');
});
