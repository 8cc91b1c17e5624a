// README screenshots from the real window (scripts/screenshot): the interview (work history with its
// timeline), the results with a card expanded, and the comparison, in one language per run.
// node tests/e2e/screenshots.mjs LANG OUT_DIR
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Driver } from './webdriver.mjs';

const [lang, outDir] = process.argv.slice(2);
const scratch = mkdtempSync(join(tmpdir(), 'talentnav-shots-'));
copyFileSync(new URL('../../docs/examples/screenshot-profile.json', import.meta.url), join(scratch, 'profile.json'));
const driver = new Driver();
await driver.start(process.env.TAURI_DRIVER ?? 'tauri-driver', { ...process.env, TALENTNAV_TEST_DIALOG_PATH: scratch });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
try {
  const s = await driver.newSession(resolve(process.env.TALENTNAV_APP), ['--data-dir', join(scratch, 'data'), '--lang', lang]);
  const shot = async (name) => {
    await s.execute('window.scrollTo(0, 0); document.activeElement?.blur();');
    await sleep(600);
    // The X screen, cropped to the window (no window manager under Xvfb: it sits at 0,0). WebKit's own
    // WebDriver screenshot can stall on long pages.
    execFileSync('import', ['-window', 'root', '-crop', '1120x780+0+0', '+repage', join(outDir, `${name}-${lang}.png`)]);
  };
  await s.click('#start-open');
  await s.find('#card-ttps');
  await s.click('#card-ttps .card-toggle');
  await s.find('#card-body-ttps');
  await shot('results');
  await s.click('#open-compare');
  await s.find('.compare table');
  await shot('compare');
  await s.click('#nav-interview');
  await s.click('#step-work');
  await s.find('.timeline');
  await shot('interview');
  await s.quit();
} finally {
  driver.stop();
  rmSync(scratch, { recursive: true, force: true });
}
