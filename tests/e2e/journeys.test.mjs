// The self-assessment's six journeys in the real window (tauri-driver + WebKitWebDriver under Xvfb),
// every control found by its role and accessible name. TALENTNAV_TEST_DIALOG_PATH names a folder that
// stands in for the native file dialogs (handled in Rust).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Driver } from './webdriver.mjs';

const app = process.env.TALENTNAV_APP;
const tauriDriver = process.env.TAURI_DRIVER ?? 'tauri-driver';
assert.ok(app, 'set TALENTNAV_APP to the talentnav binary built with --features custom-protocol');

const scratch = mkdtempSync(join(tmpdir(), 'talentnav-journeys-'));
const dialogs = mkdtempSync(join(scratch, 'dialog-'));
const env = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', LANGUAGE: '', TALENTNAV_TEST_DIALOG_PATH: dialogs };
const driver = new Driver();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

before(async () => driver.start(tauriDriver, env));
after(() => {
  driver.stop();
  rmSync(scratch, { recursive: true, force: true });
});

/** A window on its own data folder (so each journey starts from the start screen, in English). */
async function start(dataDir = mkdtempSync(join(scratch, 'data-'))) {
  const s = await driver.newSession(app, ['--data-dir', dataDir, '--lang', 'en']);
  await s.byRole('heading', 'Talent Navigator');
  return { s, dataDir };
}

async function step(s, name) {
  await s.press('button', name, { within: 'nav.steps' });
  await s.byRole('heading', name, { within: 'section.topic' });
}

async function answerEarner(s, { income = true } = {}) {
  await s.press('button', '/^Check my options/');
  await s.byRole('heading', 'About you');
  await s.type('Family name (surname)', 'Chan');
  await s.type('Given names', 'Tai Man');
  await s.type('Your date of birth', '1985-04-02');
  await s.choose('Your nationality', 'GB');
  await s.press('radio', 'Yes', { within: '#f-applicant-clear-criminal-record' });
  await s.press('radio', 'No', { within: '#f-applicant-previous-ttps-grant' });
  await step(s, 'Travel document');
  await s.type('Date of expiry', '2031-05-01');
  await step(s, 'Income');
  if (income) {
    await s.press('radio', 'I had income');
    await s.type('Last day of the 12-month period', '2025-12-31');
    await s.type('Amount', '3000000');
    await s.choose('Currency', 'HKD');
    await s.choose('Kind of income', 'employment');
  } else {
    await s.press('radio', "I don't know", { within: '#f-applicant-income' });
  }
  await step(s, 'Planned submission date');
  await s.type('When do you plan to apply?', '2026-03-15');
}

async function text(s, css) {
  return s.text(css).catch(() => '');
}

async function until(read, test, ms = 10_000) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    last = await read();
    if (test(last)) return last;
    await sleep(100);
  }
  return last;
}

test('1: a TTPS Category A earner is eligible, with the income criterion met and its source shown', async () => {
  const { s } = await start();
  try {
    await answerEarner(s);
    assert.match(await until(() => text(s, '#chip-ttps'), (t) => /Eligible to apply/.test(t)), /Eligible to apply/);
    await s.press('button', 'See the full results');
    await s.press('button', '/Top Talent Pass Scheme/', { within: '#card-ttps' });
    assert.equal(await text(s, '#crit-ttps-a-income .crit-outcome'), 'Met');
    assert.match(await text(s, '#crit-ttps-a-income .source-title'), /Top Talent Pass/);
    assert.match(await s.value('textbox', '/^Address of /', { within: '#crit-ttps-a-income' }), /^https:\/\//);
  } finally {
    await s.quit();
  }
});

test('2: "I don\'t know" for income: TTPS A needs information, income is under "to settle this", and the link leads back', async () => {
  const { s } = await start();
  try {
    await answerEarner(s, { income: false });
    await s.press('button', 'See the full results');
    assert.match(await until(() => text(s, '#card-ttps .card-verdict'), (t) => t !== ''), /More information needed/);
    await s.press('button', '/Top Talent Pass Scheme/', { within: '#card-ttps' });
    assert.match(await text(s, '[id="route-ttps.a"]'), /More information needed/);
    await s.press('button', 'Your income in the 12 months before applying', { within: '#card-ttps .settle' });
    await s.byRole('heading', 'Income', { within: 'section.topic' });
    const focused = await until(() => s.execute("return document.activeElement?.closest('#f-applicant-income') !== null;"), (v) => v === true);
    assert.equal(focused, true);
  } finally {
    await s.quit();
  }
});

/** Answers whatever the guided mode asks from a complete profile, through the controls. */
async function answerGuided(s, profile) {
  const get = (path) => path.split(/\.|\[(\d+)\]/).filter((x) => x !== undefined && x !== '').reduce((v, k) => (v == null ? undefined : v[k]), profile);
  for (let asked = 0; asked < 60; asked++) {
    if (await s.execute("return !!document.getElementById('guided-done');")) return asked;
    const q = await s.execute(`
      const list = document.querySelector('.guided-question section.list');
      const field = document.querySelector('.guided-question .field');
      if (field) return { path: field.dataset.path, kind: field.querySelector('select') ? 'select' : field.querySelector('fieldset') ? 'radio' : 'text', id: (field.querySelector('select, input, fieldset') || {}).id };
      if (list) return { list: list.id, items: list.querySelectorAll('.item').length };
      return null;`);
    if (!q) {
      await sleep(100);
      continue;
    }
    const before = JSON.stringify(q);
    if (q.list) {
      const path = { 'f-applicant-education': 'applicant.education', 'f-applicant-employment': 'applicant.employment', 'f-applicant-income': 'applicant.income', 'f-applicant-languages': 'applicant.languages', 'f-dependants': 'dependants', 'f-applicant-parents': 'applicant.parents' }[q.list];
      const want = get(path);
      if (!Array.isArray(want)) await s.press('button', "I don't know, skip it");
      else if (want.length === 0) await s.press('radio', '/^(I have no |I had no|I have never|Nobody|None to list|Not applicable)/', { within: `#${q.list}` });
      else if (q.items === 0) await s.press('radio', '/^(I have qualifications|I have work|I had income|I will|Family members will)/', { within: `#${q.list}` });
      else if (q.items < want.length) await s.press('button', '/^Add /', { within: `#${q.list}` });
      else await s.press('button', 'Next', { within: 'section.guided' });
    } else {
      const v = get(q.path);
      if (v === undefined) await s.press('button', "I don't know, skip it");
      else if (q.kind === 'radio') await s.press('radio', v === true ? 'Yes' : v === false ? 'No' : v === 'none' ? 'No' : 'Yes', { within: `#${q.id}` });
      else if (q.kind === 'select') {
        const select = await s.find(`#${q.id}`);
        const option = await s.call('POST', `/element/${select}/element`, { using: 'css selector', value: `option[value="${v}"]` });
        await s.call('POST', `/element/${Object.values(option)[0]}/click`, {});
      } else {
        const el = await s.find(`#${q.id}`);
        await s.call('POST', `/element/${el}/clear`, {});
        await s.call('POST', `/element/${el}/value`, { text: String(v) + '\uE004' });
      }
    }
    // Wait for the next question (or the end).
    await until(
      () =>
        s.execute(`
          if (document.getElementById('guided-done')) return 'done';
          const f = document.querySelector('.guided-question .field'); const l = document.querySelector('.guided-question section.list');
          return JSON.stringify(f ? { path: f.dataset.path } : l ? { list: l.id, items: l.querySelectorAll('.item').length } : null);`),
      (now) => now === 'done' || (now !== 'null' && now !== JSON.stringify({ path: q.path }) && now !== before),
      5000,
    );
  }
  throw new Error('the guided mode did not end');
}

test('3: "Ask me only what matters" settles every scheme for a recent graduate of a listed university', async () => {
  const profile = JSON.parse(readFileSync(new URL('../../docs/examples/recent-graduate.json', import.meta.url), 'utf8'));
  const { s } = await start();
  try {
    await s.press('button', '/^Ask me only what matters/', { within: '.doors' });
    await s.byRole('heading', 'Ask me only what matters');
    // The as-of date first, as the person would give it: the results rail reads it.
    const asked = await answerGuided(s, profile);
    assert.ok(asked > 0);
    await s.press('button', 'See the results');
    const verdicts = await until(
      () => s.execute("return [...document.querySelectorAll('.card .card-verdict')].map((e) => e.textContent.trim());"),
      (v) => v.length === 8,
    );
    assert.equal(verdicts.length, 8);
    assert.ok(!verdicts.includes('More information needed'), JSON.stringify(verdicts));
  } finally {
    await s.quit();
  }
});

test('4: save the profile, quit, start again, open it and get the same results', async () => {
  const { s, dataDir } = await start();
  let before;
  try {
    await answerEarner(s);
    await s.press('button', 'See the full results');
    before = await until(() => s.execute("return [...document.querySelectorAll('.card .card-verdict')].map((e) => e.textContent.trim()).join('|');"), (v) => v.includes('Eligible'));
    await s.press('button', 'Save profile…');
    assert.match(await until(() => text(s, '#status'), (t) => t !== ''), /saved as profile\.json/);
  } finally {
    await s.quit();
  }
  assert.ok(existsSync(join(dialogs, 'profile.json')));
  const again = await driver.newSession(app, ['--data-dir', dataDir, '--lang', 'en']);
  try {
    await again.press('button', 'Start', { within: 'nav.screens' });
    await again.press('button', 'Open a saved profile…');
    await again.byRole('heading', 'Your results');
    const after = await until(() => again.execute("return [...document.querySelectorAll('.card .card-verdict')].map((e) => e.textContent.trim()).join('|');"), (v) => v === before);
    assert.equal(after, before);
  } finally {
    await again.quit();
  }
});

test('5: the TTPS PDF checklist is written where the dialog would put it, with the name and the passport item', async () => {
  const { s } = await start();
  try {
    await answerEarner(s);
    await s.press('button', 'See the full results');
    await s.choose('Scheme', 'ttps');
    await s.press('button', 'Make the PDF checklist…');
    assert.match(await until(() => text(s, '#checklist-saved'), (t) => t !== ''), /talentnav-ttps-checklist\.pdf/);
  } finally {
    await s.quit();
  }
  const pdf = join(dialogs, 'talentnav-ttps-checklist.pdf');
  const words = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  assert.match(words, /CHAN Tai Man/); // the family name in capitals, as on travel documents
  assert.match(words, /Valid travel document/);
});

test('6: switching to 简 mid-interview keeps every answer and shows the results in Simplified Chinese', async () => {
  const { s } = await start();
  try {
    await answerEarner(s);
    await step(s, 'About you');
    await s.click('#lang-zh-Hans');
    await s.byRole('heading', '关于你');
    assert.equal(await s.value('textbox', '姓'), 'Chan');
    assert.equal(await s.value('textbox', '你的出生日期'), '1985-04-02');
    assert.equal(await s.value('combobox', '你的国籍'), 'GB');
    await s.press('button', '查看完整结果');
    assert.match(await until(() => text(s, '#card-ttps .card-name'), (t) => t !== ''), /高端人才通行证计划/);
    assert.match(await text(s, '#card-ttps .card-verdict'), /\p{Script=Han}/u);
  } finally {
    await s.quit();
  }
});
