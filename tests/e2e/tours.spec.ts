import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

const stepTitle = (page: Page) => page.locator('.tour-player [data-testid="tour-step-title"]');
const stepText = (page: Page) => page.locator('.tour-player [data-testid="tour-step-text"]');
const cameraAt = (page: Page) => page.evaluate(() => (window.__fasciaCamera?.position() ?? []).map((value) => value.toFixed(3)).join(','));

/** A quick sideways flick of one finger, as a person swipes a page on a tablet. */
async function swipe(page: Page, from: { x: number; y: number }, dx: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const at = (share: number) => [{ x: from.x + dx * share, y: from.y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (const share of [0.25, 0.5, 0.75, 1]) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(share) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test.describe('a therapist tells a story step by step', () => {
  test.use({ hasTouch: true });

  test('a scene link opens that exact step; buttons, arrow keys, a swipe and back walk the steps, and the body changes with them', async ({ page }) => {
    await openApp(page, '?lang=en&scene=lower_back_story&step=2');
    await expect(stepTitle(page)).toHaveText('Starting at the heel');
    await expect(page).toHaveURL(/lines=sbl&.*scene=lower_back_story&step=2/);
    const heel = await cameraAt(page);

    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(page).toHaveURL(/scene=lower_back_story&step=3/);
    await expect(stepTitle(page)).toHaveText('Gentle work at the shin');
    await expect(page).toHaveURL(/lines=spl-l/);
    await expect.poll(() => cameraAt(page)).not.toBe(heel);
    await expect(page.getByTestId('tour-pointer').first()).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(stepTitle(page)).toHaveText('Hamstrings');
    await page.keyboard.press('ArrowLeft');
    await expect(stepTitle(page)).toHaveText('Gentle work at the shin');

    const panel = await page.locator('.tour-step').boundingBox();
    await swipe(page, { x: panel!.x + panel!.width - 20, y: panel!.y + 40 }, -180);
    await expect(stepTitle(page)).toHaveText('Hamstrings');
    await expect(stepText(page)).toContainText('hamstrings');

    // Back walks the steps: one history entry per step, each with its lines.
    await page.goBack();
    await expect(stepTitle(page)).toHaveText('Gentle work at the shin');
    await expect(page).toHaveURL(/lines=spl-l&.*step=3/);
    // The steps so far were 2, 3, 4, 3 (the left arrow) and 4 (the swipe): three more steps back is the first one.
    await page.goBack();
    await expect(stepTitle(page)).toHaveText('Hamstrings');
    await page.goBack();
    await page.goBack();
    await expect(stepTitle(page)).toHaveText('Starting at the heel');
    await expect.poll(() => cameraAt(page)).toBe(heel);
  });

  test("a client turns the body during a step; one tap brings back the step's own view", async ({ page }) => {
    await openApp(page, '?lang=en&scene=lower_back_story&step=4');
    const description = page.getByTestId('viewer-description');
    await expect(description).toContainText('seen from the back');
    const back = page.getByTestId('step-view-return');
    await expect(back).toHaveCount(0);

    const canvas = await page.locator('[data-testid="viewer"] canvas').boundingBox();
    await swipe(page, { x: canvas!.x + canvas!.width * 0.3, y: canvas!.y + canvas!.height * 0.5 }, canvas!.width * 0.45);
    await expect(description).not.toContainText('seen from the back');
    await expect(back).toBeVisible();
    await expect(back).toHaveAccessibleName("Back to this step's view");

    await back.click();
    await expect(description).toContainText('seen from the back');
    await expect(back).toHaveCount(0);
    await expect(stepTitle(page)).toHaveText('Hamstrings');
  });

  test('presentation mode: the body fills the screen with the step in large type; leaving returns to where the therapist was, or carries on from a later step', async ({ page }) => {
    await openApp(page, '?lang=en&scene=lower_back_story&step=4');
    await expect(stepTitle(page)).toHaveText('Hamstrings');
    const before = await cameraAt(page);
    await page.locator('.tour-player').getByRole('button', { name: /full screen/ }).click();

    await expect(page.locator('.app')).toHaveAttribute('data-presenting', 'true');
    // The canvas takes its new size on the next layout (a resize observer): wait for it rather than read it at once.
    const share = async () => {
      const canvas = await page.locator('[data-testid="viewer"] canvas').boundingBox();
      return canvas ? (canvas.width * canvas.height) / (1024 * 768) : 0;
    };
    await expect.poll(share, { timeout: 10_000 }).toBeGreaterThanOrEqual(0.7);
    const presentation = page.getByTestId('presentation');
    await expect(presentation).toContainText('Hamstrings');
    const next = presentation.getByRole('button', { name: 'Next step' });
    expect((await next.boundingBox())!.height).toBeGreaterThanOrEqual(56);
    await expect(page.locator('.detail')).toBeHidden();

    // Large enough to read across the desk (about 1.5 m): the text in 28 px type, where the panel keeps its own.
    const textSize = await presentation.getByTestId('tour-step-text').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(textSize).toBeGreaterThanOrEqual(27);

    // A swipe on the body turns it and stays on the step; a swipe over the text steps.
    const canvas = (await page.locator('[data-testid="viewer"] canvas').boundingBox())!;
    const turnedFrom = await cameraAt(page);
    await swipe(page, { x: canvas.x + canvas.width / 2 + 90, y: canvas.y + canvas.height / 2 }, -180);
    await expect.poll(() => cameraAt(page)).not.toBe(turnedFrom);
    await expect(presentation).toContainText('Hamstrings');
    const band = (await presentation.boundingBox())!;
    await swipe(page, { x: band.x + band.width / 2 + 60, y: band.y + band.height / 2 }, -180);
    await expect(presentation).toContainText('The gluteal fascia');

    await presentation.getByRole('button', { name: 'Previous step' }).click();
    await expect(presentation).toContainText('Hamstrings');
    await page.keyboard.press('Escape');

    // Back on the step it started from: exactly where the therapist was, the camera too.
    await expect(page.locator('.app')).not.toHaveAttribute('data-presenting', 'true');
    await expect(stepTitle(page)).toHaveText('Hamstrings');
    await expect(page).toHaveURL(/mode=tours&lines=sbl&scene=lower_back_story&step=4/);
    await expect.poll(() => cameraAt(page)).toBe(before);

    // Stepped on while presenting: the player carries on from that step.
    await page.locator('.tour-player').getByRole('button', { name: /full screen/ }).click();
    await expect(page.locator('.app')).toHaveAttribute('data-presenting', 'true');
    await page.getByTestId('presentation').getByRole('button', { name: 'Next step' }).click();
    await expect(page.getByTestId('presentation')).toContainText('The gluteal fascia');
    await page.keyboard.press('Escape');
    await expect(page.locator('.app')).not.toHaveAttribute('data-presenting', 'true');
    await expect(stepTitle(page)).toHaveText('The gluteal fascia');
    await expect(page).toHaveURL(/scene=lower_back_story&step=5/);

    // From the explorer: the lit lines are named for the person across the table.
    await page.getByRole('button', { name: 'Explore' }).click();
    await page.locator('.stage__view').getByRole('button', { name: /full screen/ }).click();
    // (Step 5 lights the Back Functional Line.)
    await expect(page.getByTestId('presentation')).toContainText('Back Functional Line');
    await page.getByRole('button', { name: /Leave the presentation/ }).click();
    await expect(page.locator('.app')).not.toHaveAttribute('data-presenting', 'true');
    await expect(page).toHaveURL(/lines=bfl/);
  });
});

test('the embed answers the practice site: ready when it listens, and what the person chooses inside', async ({ page }) => {
  // A page of the same origin stands in for the practice's site.
  await page.route('**/practice-site.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><body style="margin:0">
        <script>window.heard = []; addEventListener('message', (event) => window.heard.push(event.data));</script>
        <iframe id="fascia" src="/?embed=1&lang=en" width="360" height="480" style="border:0"></iframe></body>`,
    }),
  );
  await page.goto('/practice-site.html');
  await expect.poll(() => page.evaluate(() => (window as unknown as { heard: { type: string }[] }).heard.map((message) => message.type))).toContain('fascia:ready');

  const frame = page.frameLocator('#fascia');
  await expect(frame.locator('.app-header')).toBeHidden();
  await expect(frame.getByTestId('embed-bar')).toBeVisible();

  // Unknown or malformed messages change nothing; a known one shows the line and is answered with a select.
  await page.evaluate(() => {
    const target = (document.getElementById('fascia') as HTMLIFrameElement).contentWindow!;
    target.postMessage({ type: 'fascia:show', line: 'nonsense' }, '*');
    target.postMessage({ type: 'fascia:erase' }, '*');
    target.postMessage({ type: 'fascia:show', line: 'dfl' }, location.origin);
  });
  await expect.poll(() => page.evaluate(() => JSON.stringify((window as unknown as { heard: unknown[] }).heard))).toContain('{"type":"fascia:select","line":"dfl"}');
  const heard = await page.evaluate(() => (window as unknown as { heard: { type: string; line?: string }[] }).heard);
  expect(heard.filter((message) => message.type === 'fascia:select')).toEqual([{ type: 'fascia:select', line: 'dfl' }]);

  await page.evaluate(() => {
    (document.getElementById('fascia') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'fascia:show', scene: 'line_dfl', step: 2 }, location.origin);
  });
  await expect(frame.getByTestId('embed-bar')).toContainText(/Track 1 of/);
});
