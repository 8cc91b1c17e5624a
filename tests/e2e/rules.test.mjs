// Issue 11's journey in the real window: a signed rule pack served by a real HTTP server on
// 127.0.0.1 (this test's), TALENTNAV_RULES_URL pointing at it, one client file whose TTPS Category A
// answer the pack flips. Settings → Rules, Check now, install, the report names the client,
// regenerate (after the confirmation), and the client's checklist has changed, all without a restart.
//
// The pack is signed by `talentnav rules pack`. With TALENTNAV_E2E_RULES_KEY (a maintainer's key file,
// never committed) any build trusts it; without, a fresh key is made and trusted through
// TALENTNAV_DEV_TRUSTED_KEY, which only a debug build honours (a release build skips the journey).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { cliOn } from './cli.mjs';
import { Driver } from './webdriver.mjs';

const app = process.env.TALENTNAV_APP;
const tauriDriver = process.env.TAURI_DRIVER ?? 'tauri-driver';
assert.ok(app, 'set TALENTNAV_APP to the talentnav binary built with --features custom-protocol');
const repo = join(import.meta.dirname, '..', '..');
const maintainerKey = process.env.TALENTNAV_E2E_RULES_KEY;
const skip = !maintainerKey && !app.includes('/debug/') ? 'a release build trusts only its own keys: set TALENTNAV_E2E_RULES_KEY' : false;

const scratch = mkdtempSync(join(tmpdir(), 'talentnav-rules-'));
const data = join(scratch, 'data');
const env = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', LANGUAGE: '' };
const driver = new Driver();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let server;
let s;

const cli = cliOn(app, data, env);

/** The built-in pack's files as 2026.2.0: TTPS A needs HK$3,000,000, a TTPS photo only from the Mainland. */
function signedPack() {
  const dir = join(scratch, 'pack');
  cpSync(join(repo, 'src-tauri', 'crates', 'rules', 'pack'), dir, { recursive: true });
  const edit = (file, from, to) => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    assert.ok(text.includes(from), `${file} has ${from}`);
    writeFileSync(path, text.replace(from, to));
  };
  edit('pack.toml', 'version = "2026.1.0"', 'version = "2026.2.0"');
  edit('schemes/ttps.toml', 'hkd = 2500000', 'hkd = 3000000');
  edit('documents.toml', 'scheme = "ttps"\nparty = "applicant"\ndocument = "photo"\nwhen = "always"', 'scheme = "ttps"\nparty = "applicant"\ndocument = "photo"\nwhen = "mainland_resident"');
  writeFileSync(
    join(dir, 'release.toml'),
    'published = "2026-11-20"\nmin_app_version = "0.1.0"\n[changelog]\nen = "TTPS Category A: HK$3,000,000."\nzh-Hant = "高才通A類：港幣3,000,000元。"\nzh-Hans = "高才通A类：3,000,000港元。"\n',
  );
  let key = maintainerKey;
  if (!key) {
    key = join(scratch, 'test.key');
    const out = cli('rules', 'keygen', '-o', key);
    env.TALENTNAV_DEV_TRUSTED_KEY = out.trim().split(' ').pop();
  }
  const file = join(scratch, 'hk-talent-2026.2.0.tnpack');
  cli('rules', 'pack', '--key', key, dir, '-o', file);
  return readFileSync(file);
}

before(async () => {
  if (skip) return;
  const pack = signedPack();
  const index = JSON.stringify({ format: 'talentnav.rule-index/1', pack_id: 'hk-talent', version: '2026.2.0', file: 'hk-talent-2026.2.0.tnpack' });
  server = createServer((req, res) => {
    if (req.url === '/index.json') res.writeHead(200, { 'content-type': 'application/json' }).end(index);
    else if (req.url === '/hk-talent-2026.2.0.tnpack') res.writeHead(200).end(pack);
    else res.writeHead(404).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  env.TALENTNAV_RULES_URL = `http://127.0.0.1:${server.address().port}`;

  // A TTPS Category A earner (HK$2.6M: eligible now, not under the new threshold) with a TTPS application.
  const profile = JSON.parse(readFileSync(join(repo, 'docs', 'examples', 'recent-graduate.json'), 'utf8'));
  profile.applicant.education[0].institution = 'Monash University';
  profile.applicant.income = [{ period_end: '2025-12-31', amount: 2600000, currency: 'HKD', kind: 'employment' }];
  const file = join(scratch, 'earner.json');
  writeFileSync(file, JSON.stringify(profile));
  const client = JSON.parse(cli('client', 'add', '--profile', file, '--json')).id;
  cli('app', 'create', '--client', String(client), '--scheme', 'ttps', '--json');

  await driver.start(tauriDriver, env);
  s = await driver.newSession(app, ['--data-dir', data, '--lang', 'en']);
  await s.byRole('heading', 'Talent Navigator');
});
after(async () => {
  await s?.quit().catch(() => undefined);
  driver.stop();
  server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function until(read, ok, ms = 15_000) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    last = await read().catch(() => '');
    if (ok(last)) return last;
    await sleep(100);
  }
  return last;
}

test('a signed update from 127.0.0.1: install, the report names the client, regenerate, the checklist changed', { skip }, async () => {
  let requests = 0;
  server.on('request', () => (requests += 1));
  await s.press('button', 'Settings');
  await s.byRole('heading', 'Rules');
  assert.equal(await s.text('#rules-version'), 'hk-talent 2026.1.0');
  assert.equal(requests, 0, 'nothing on the network before "Check now"');
  await s.press('button', 'Check now');
  assert.match(await until(() => s.text('#rules-offer'), (t) => /2026\.2\.0/.test(t)), /A newer rule pack is out: 2026\.2\.0 \(in use: 2026\.1\.0\)/);
  await s.press('button', 'Install rule pack 2026.2.0');
  const summary = await until(() => s.text('#report-summary'), (t) => t.length > 0, 30_000);
  assert.equal(summary, 'From rule pack 2026.1.0 to 2026.2.0: the answers change for 1 of 1 clients.');
  const report = await s.text('#impact-report');
  assert.match(report, /Client 1: Lee Ka Yan/);
  assert.match(report, /Top Talent Pass Scheme · Category A \(annual income\)/);
  assert.match(report, /Eligible to apply → Not eligible/);
  assert.match(report, /No longer needed in application 1 \(TTPS\): Recent photograph — Applicant/);
  // The window runs with the new pack at once.
  assert.equal(await s.text('#rules-version'), 'hk-talent 2026.2.0');
  assert.equal(await s.text('#rules-changelog'), 'TTPS Category A: HK$3,000,000.');

  await s.press('button', 'Regenerate the affected checklists');
  await s.press('button', 'Regenerate', { within: '.confirm' });
  assert.equal(await until(() => s.text('#rules-regenerated p'), (t) => t.length > 0), '1 checklist regenerated.');

  await s.press('button', 'Start');
  await s.press('button', '/^Client files/');
  await s.click('#client-1');
  await s.click('#open-app-1');
  const obsolete = await until(() => s.text('.party.obsolete'), (t) => /Recent photograph/.test(t));
  assert.match(obsolete, /No longer required[\s\S]*Recent photograph/);
  const audit = JSON.parse(cli('verify-audit', '--json'));
  assert.equal(audit.first_broken, null);
});
