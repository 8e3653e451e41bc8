// Every widget state (test/components/widget-states.ts) in English, Russian and Kazakh, light and
// dark, 1280 and 375 px wide, photographed in Chromium and compared with test/screenshots/baselines/
// within a tolerance: a layout regression (a control a line lower, a wrapped button, a lost
// colour) fails here. A shot without a baseline fails too; `npm run screenshots:update` writes them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  BASELINES,
  compareShots,
  keepFailure,
  launchForScreenshots,
  openShotPage,
  shootState,
  shotName,
  startPageServer,
  UPDATE_COMMAND,
} from '../../tools/test/screenshots.mjs';

let server;
let browser;
let harness;

before(async () => {
  server = await startPageServer();
  browser = await launchForScreenshots();
  harness = await openShotPage(browser, server.url);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('every widget state looks as its baselines do, in three languages, two themes and two widths', { timeout: 180000 }, async (t) => {
  for (const state of harness.states) {
    await t.test(state, async () => {
      const missing = [];
      const different = [];
      await shootState(harness.page, state, async (shot, png) => {
        const name = shotName(shot);
        const baseline = join(BASELINES, name);
        if (!existsSync(baseline)) {
          missing.push(name);
          return;
        }
        const result = await compareShots(png, readFileSync(baseline));
        if (!result.ok) different.push(`${name}: ${result.reason}; see ${relative(process.cwd(), keepFailure(name, png, result.diff))}.{actual,diff}.png`);
      });
      assert.deepEqual(harness.errors, [], 'the page had errors');
      assert.deepEqual(
        missing,
        [],
        `no baseline in ${relative(process.cwd(), BASELINES)}/ for these shots: run \`${UPDATE_COMMAND}\`, look at the pictures and commit them`,
      );
      assert.deepEqual(different, [], `shots differ from their baselines; if the change is meant, run \`${UPDATE_COMMAND}\``);
    });
  }
});
