// End-to-end smoke test of the real app: the release-asset binary in a real WebKitGTK window,
// driven through tauri-driver + WebKitWebDriver under Xvfb (run by scripts/test-e2e).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Driver } from './webdriver.mjs';

const app = process.env.TALENTNAV_APP;
const tauriDriver = process.env.TAURI_DRIVER ?? 'tauri-driver';
assert.ok(app, 'set TALENTNAV_APP to the talentnav binary built with --features custom-protocol');

const dataDir = mkdtempSync(join(tmpdir(), 'talentnav-e2e-'));
// The app follows the OS language unless one was chosen: start from English.
const env = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', LANGUAGE: '', TALENTNAV_DATA_DIR: dataDir };
const driver = new Driver();

before(async () => driver.start(tauriDriver, env));
after(() => {
  driver.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('opens in English, switches to Traditional Chinese live, and remembers it', async () => {
  const session = await driver.newSession(app, []);
  try {
    assert.equal(await session.until(() => session.text('#app-name'), 'Talent Navigator'), 'Talent Navigator');
    assert.equal(await session.title(), 'Talent Navigator');

    await session.click('#lang-zh-Hant');
    assert.equal(await session.until(() => session.text('#app-name'), '人才入境導航'), '人才入境導航');
    assert.equal(await session.until(() => session.title(), '人才入境導航'), '人才入境導航');
    assert.equal(await session.text('#scheme-ttps .name'), '高端人才通行證計劃');
    // Chinese is drawn with the bundled webfont (allowed by the CSP), not whatever the OS has.
    const loaded = await session.executeAsync(`
      const done = arguments[arguments.length - 1];
      document.fonts.ready.then(() => done([...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family)));
    `);
    assert.ok(loaded.some((family) => family.replaceAll('"', '') === 'Noto Sans HK'), JSON.stringify(loaded));

    await session.click('#about-open');
    assert.equal(await session.until(() => session.text('#about-data-dir'), dataDir), dataDir);
    assert.match(await session.text('#about-rule-pack'), /^hk-talent \d+\.\d+\.\d+$/);
    if (process.env.TALENTNAV_E2E_SCREENSHOT_DIR) {
      await session.click('#about-close');
      writeFileSync(join(process.env.TALENTNAV_E2E_SCREENSHOT_DIR, 'window-zh-Hant.png'), await session.screenshot());
    }
  } finally {
    await session.quit();
  }

  const again = await driver.newSession(app, []);
  try {
    assert.equal(await again.until(() => again.text('#app-name'), '人才入境導航'), '人才入境導航');
    assert.equal(await again.find('#lang-zh-Hant[aria-pressed="true"]').then(() => true), true);
  } finally {
    await again.quit();
  }
});

test('the window may call only the app its own commands (least-privilege ACL)', async () => {
  const session = await driver.newSession(app, []);
  try {
    await session.find('#app-name');
    const outcome = await session.executeAsync(`
      const done = arguments[arguments.length - 1];
      window.__TAURI_INTERNALS__.invoke('plugin:app|version').then(
        (v) => done('allowed: ' + v),
        (e) => done('denied: ' + String(e)));
    `);
    assert.match(outcome, /^denied: .*not allowed/);
    const own = await session.executeAsync(`
      const done = arguments[arguments.length - 1];
      window.__TAURI_INTERNALS__.invoke('set_locale', { locale: 'xx' }).then(
        (v) => done('ok'), (e) => done(JSON.stringify(e)));
    `);
    assert.deepEqual(JSON.parse(own), { code: 'invalid_input', message_id: 'error-unsupported-language', args: { value: 'xx' } });
  } finally {
    await session.quit();
  }
});
