// The window of the installed package (scripts/test-package): /usr/bin/talentnav, started under Xvfb
// through tauri-driver, shows its title. TALENTNAV_APP names the installed program.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Driver } from './webdriver.mjs';

const app = process.env.TALENTNAV_APP;
assert.ok(app, 'set TALENTNAV_APP to the installed talentnav');
const dataDir = mkdtempSync(join(tmpdir(), 'talentnav-installed-'));
const env = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', LANGUAGE: '', TALENTNAV_DATA_DIR: dataDir };
const driver = new Driver();

before(async () => driver.start(process.env.TAURI_DRIVER ?? 'tauri-driver', env));
after(() => {
  driver.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the installed window opens with its title', async () => {
  const session = await driver.newSession(app, []);
  try {
    assert.equal(await session.until(() => session.title(), 'Talent Navigator'), 'Talent Navigator');
    assert.equal(await session.until(() => session.text('#app-name'), 'Talent Navigator'), 'Talent Navigator');
  } finally {
    await session.quit();
  }
});
