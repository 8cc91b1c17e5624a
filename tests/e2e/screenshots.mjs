// README screenshots from the real window (scripts/screenshot): the interview (work history with its
// timeline), the results with a card expanded, the comparison, and the client files (the list with a
// client open, an application's checklist, the dashboard), in one language per run. The client files are
// made beforehand with the same binary's CLI, as a consultant's practice would have them.
// node tests/e2e/screenshots.mjs LANG OUT_DIR
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cliOn } from './cli.mjs';
import { Driver } from './webdriver.mjs';

/** Three client files: a household applying under ASMTP with some documents in, a TTPS applicant, a graduate. */
function seed(app, data) {
  const cli = cliOn(app, data);
  const example = (name) => JSON.parse(readFileSync(new URL(`../../docs/examples/${name}.json`, import.meta.url), 'utf8'));
  // The TTPS earner gets a name of her own, so the list does not show two people called Chan Tai Man.
  const earner = example('screenshot-profile');
  earner.applicant.name = { family: 'Cheung', given: 'Ka Wing', chinese: '張嘉穎' };
  for (const [i, profile] of [example('household-asmtp'), earner, example('recent-graduate')].entries()) {
    const file = join(data, `..`, `client-${i}.json`);
    writeFileSync(file, JSON.stringify(profile));
    cli('client', 'add', '--profile', file);
  }
  cli('app', 'create', '--client', '1', '--scheme', 'asmtp', '--planned', '2027-01-15');
  cli('app', 'create', '--client', '2', '--scheme', 'ttps', '--route', 'ttps.a', '--planned', '2027-03-15');
  const list = JSON.parse(cli('doc', 'list', '--app', '1', '--json'));
  const find = (party, code) => String(list.find((i) => i.party === party && i.document === code).id);
  // The passport is in but expires before the planned submission: the item and the dashboard warn.
  cli('doc', 'set', find('applicant', 'travel_document'), '--status', 'received', '--expiry', '2026-12-31');
  cli('doc', 'set', find('applicant', 'photo'), '--status', 'received');
  cli('doc', 'set', find('employer', 'employment_contract'), '--status', 'requested');
}

const [lang, outDir] = process.argv.slice(2);
const scratch = mkdtempSync(join(tmpdir(), 'talentnav-shots-'));
copyFileSync(new URL('../../docs/examples/screenshot-profile.json', import.meta.url), join(scratch, 'profile.json'));
const driver = new Driver();
await driver.start(process.env.TAURI_DRIVER ?? 'tauri-driver', { ...process.env, TALENTNAV_TEST_DIALOG_PATH: scratch });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
try {
  const app = resolve(process.env.TALENTNAV_APP);
  seed(app, join(scratch, 'data'));
  const s = await driver.newSession(app, ['--data-dir', join(scratch, 'data'), '--lang', lang]);
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
  await s.click('#nav-start');
  await s.click('#start-clients');
  await s.click('#client-1');
  await s.find('#open-app-1');
  await shot('clients');
  await s.click('#open-app-1');
  await s.find('#application-title');
  await shot('application');
  await s.click('#cf-dashboard');
  await s.find('#dashboard-title');
  await shot('dashboard');
  await s.quit();
} finally {
  driver.stop();
  rmSync(scratch, { recursive: true, force: true });
}
