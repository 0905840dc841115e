// Runs the browser tests against the production build in Debian's Chromium.
// Without a Chromium it says so loudly and skips; under CI a missing browser is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../../playwright.config';

if (!existsSync(CHROMIUM_PATH)) {
  const message = [
    '',
    '################################################################################',
    `#  BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM_PATH}.`,
    '#  Install it with:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH)',
    '#  then run:         npm run test:e2e',
    '################################################################################',
    '',
  ].join('\n');
  console.error(message);
  process.exit(process.env.CI ? 1 : 0);
}
if (!existsSync('dist/index.html')) {
  console.error('No production build in dist/: run `npm run build` first (npm test does).');
  process.exit(1);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
