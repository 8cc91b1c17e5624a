// The window's journeys in Debian's Chromium against the fixture backend (fixtures written by the real
// Rust core: src-tauri/crates/app/tests/ui_fixtures.rs), with axe-core on every screen. Run by
// `npm run test:browser -w ui` (which builds dist-mock first) from scripts/test.
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..', 'dist-mock');
const axeSource = readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.png': 'image/png', '.txt': 'text/plain' };

let server;
let browser;
let base;

before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const path = url.pathname === '/' ? '/mock.html' : url.pathname;
    const file = normalize(join(root, decodeURIComponent(path)));
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open(viewport = { width: 1120, height: 780 }) {
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(base);
  await page.getByRole('heading', { name: 'Talent Navigator' }).waitFor();
  return { page, context, errors };
}

/** No axe violation of any impact (critical to minor) on the screen as it is now. */
async function axe(page, screen) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ') + ' ' + n.html.slice(0, 120)).join(', ')}`);
  });
  assert.deepEqual(violations, [], `axe on ${screen}`);
}

/** Nothing runs off the side of the window. */
async function fits(page, screen) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${screen} is ${overflow}px wider than the window`);
}

/** Every element matched by `selector` lies within its container `within` (nothing spills out of a panel). */
async function inside(page, selector, within, screen) {
  const spills = await page.evaluate(
    ([sel, box]) =>
      [...document.querySelectorAll(sel)].flatMap((el) => {
        const outer = el.closest(box).getBoundingClientRect();
        const r = el.getBoundingClientRect();
        return r.right > outer.right + 0.5 || r.left < outer.left - 0.5 ? [el.id || el.className] : [];
      }),
    [selector, within],
  );
  assert.deepEqual(spills, [], `${screen}: these spill out of ${within}`);
}

async function fillDate(page, label, value) {
  const box = page.getByLabel(label, { exact: true });
  await box.fill(value);
  await box.press('Tab');
}

async function step(page, name) {
  await page.getByRole('navigation', { name: 'Steps of the interview' }).getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
}

/** The answers of scenario 2 of ui/tests/scenarios.json: a TTPS Category A earner. */
async function answerEarner(page, { income = true } = {}) {
  await page.getByRole('button', { name: /Check my options/ }).click();
  await page.getByRole('heading', { level: 2, name: 'About you' }).waitFor();
  await inside(page, '.chip', '.rail', 'the rail before any answer');
  await fillDate(page, 'Family name (surname)', 'Chan');
  await fillDate(page, 'Given names', 'Tai Man');
  await fillDate(page, 'Your date of birth', '1985-04-02');
  await page.getByLabel('Your nationality').selectOption('GB');
  await page.getByRole('group', { name: 'Is your record clear of criminal convictions?' }).getByLabel('Yes').check();
  await page
    .getByRole('group', { name: 'Have you ever been granted an initial stay under the Top Talent Pass Scheme?' })
    .getByLabel('No', { exact: true })
    .check();
  await step(page, 'Travel document');
  await fillDate(page, 'Date of expiry', '2031-05-01');
  await step(page, 'Income');
  if (income) {
    await page.getByLabel('I had income').check();
    await fillDate(page, 'Last day of the 12-month period', '2025-12-31');
    await fillDate(page, 'Amount', '3,000,000');
    await page.getByLabel('Currency').selectOption('HKD');
    await page.getByLabel('Kind of income').selectOption('employment');
  }
  await step(page, 'Planned submission date');
  await fillDate(page, 'When do you plan to apply?', '2026-03-15');
}

test('start screen: the doors, keyboard first, axe clean, fits 720 × 520', async () => {
  const { page, context, errors } = await open({ width: 720, height: 520 });
  await axe(page, 'start');
  await fits(page, 'start');
  assert.equal(await page.getByRole('button', { name: /Client files/ }).count(), 1, 'the client files door is shown');
  // Keyboard only: Tab reaches "Check my options" and Enter opens the interview.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'start-check')) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'start-check');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: 'About you' }).waitFor();
  await axe(page, 'interview');
  await fits(page, 'interview at 720 × 520');
  assert.deepEqual(errors, []);
  await context.close();
});

test('journey 1: a TTPS Category A earner sees TTPS eligible, the income criterion met and its source', async () => {
  const { page, context, errors } = await open();
  await answerEarner(page);
  const chip = page.locator('#chip-ttps');
  await assert.doesNotReject(chip.getByText('Eligible to apply').waitFor());
  await page.getByRole('button', { name: 'See the full results' }).click();
  const card = page.locator('#card-ttps');
  await card.getByRole('button', { name: /Top Talent Pass Scheme/ }).click();
  const income = page.locator('#crit-ttps-a-income');
  assert.match(await income.locator('.crit-outcome').innerText(), /^Met$/);
  assert.match(await income.locator('.crit-explanation').innerText(), /HK\$3,000,000/);
  assert.match(await income.locator('.source-title').first().innerText(), /Top Talent Pass/);
  assert.match(await income.getByRole('textbox', { name: /^Address of / }).first().inputValue(), /^https:\/\/www\.immd\.gov\.hk\//);
  await axe(page, 'results with a card expanded');
  await fits(page, 'results');

  await page.getByRole('button', { name: 'Compare the schemes still open' }).click();
  await page.getByRole('heading', { name: 'The schemes still open, side by side' }).waitFor();
  assert.ok((await page.getByRole('columnheader').count()) >= 1);
  assert.match(await page.getByRole('row', { name: /Job offer needed/ }).innerText(), /No/);
  await axe(page, 'compare');

  await page.getByRole('button', { name: 'Back to the results' }).click();
  await page.getByLabel('Scheme', { exact: true }).selectOption('ttps');
  await page.getByLabel('Category', { exact: true }).selectOption('ttps.a');
  await page.getByRole('button', { name: 'Make the PDF checklist…' }).click();
  assert.match(await page.getByRole('status').filter({ hasText: 'checklist was saved' }).innerText(), /talentnav-ttps-a-checklist\.pdf/);
  await page.getByRole('button', { name: 'Open it' }).click();
  assert.deepEqual(await page.evaluate(() => [window.__fake.checklists, window.__fake.opened]), [[{ scheme: 'ttps', route: 'ttps.a' }], 1]);
  await page.getByRole('button', { name: 'Save as a client file' }).click();
  assert.match(await page.locator('#status').innerText(), /Saved as client file no\. 1\./);
  assert.equal(await page.evaluate(() => window.__fake.clients.length), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('journey 2: "I don\'t know" for income leaves TTPS A needing information, and the link goes back to the question', async () => {
  const { page, context } = await open();
  await answerEarner(page, { income: false });
  await step(page, 'Income');
  await page.getByRole('group', { name: 'Income periods' }).getByLabel("I don't know").check();
  await page.getByRole('button', { name: 'See the full results' }).click();
  const card = page.locator('#card-ttps');
  assert.match(await card.locator('.card-verdict').innerText(), /More information needed/);
  await card.getByRole('button', { name: /Top Talent Pass Scheme/ }).click();
  assert.match(await page.locator('#route-ttps\\.a').innerText(), /More information needed/);
  const link = card.locator('.settle').getByRole('button', { name: 'Your income in the 12 months before applying' });
  await link.click();
  await page.getByRole('heading', { level: 2, name: 'Income' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.closest('#f-applicant-income') !== null), true);
  await context.close();
});

test('journey 6: switching to 简 mid-interview keeps every answer and gives the results in Simplified Chinese', async () => {
  const { page, context } = await open();
  await answerEarner(page);
  await step(page, 'About you');
  await page.getByRole('button', { name: '简体中文' }).click();
  await page.getByRole('heading', { level: 2, name: '关于你' }).waitFor();
  assert.equal(await page.getByLabel('姓', { exact: true }).inputValue(), 'Chan');
  assert.equal(await page.getByLabel('你的出生日期').inputValue(), '1985-04-02');
  assert.equal(await page.getByLabel('你的国籍').inputValue(), 'GB');
  assert.equal(await page.getByRole('group', { name: '你是否没有刑事罪行记录？' }).getByLabel('是', { exact: true }).isChecked(), true);
  await page.locator('#chip-ttps').getByText('符合申请资格').waitFor().catch(async () => {
    // The verdict label is the engine's; whatever it is, it is Chinese.
    assert.match(await page.locator('#chip-ttps .chip-verdict').innerText(), /\p{Script=Han}/u);
  });
  await page.getByRole('button', { name: '查看完整结果' }).click();
  assert.match(await page.locator('#card-ttps .card-name').innerText(), /高端人才通行证计划/);
  await axe(page, 'results in zh-Hans');
  await context.close();
});

test('an unfinished interview survives a restart, and a saved profile opens with the same results', async () => {
  const { page, context } = await open();
  await answerEarner(page);
  await page.waitForTimeout(400); // the window state is written 200 ms after the last change
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Planned submission date' }).waitFor();
  assert.equal(await page.getByLabel('When do you plan to apply?').inputValue(), '2026-03-15');
  await page.locator('#chip-ttps').getByText('Eligible to apply').waitFor();

  await page.getByRole('button', { name: 'Save profile…' }).click();
  assert.match(await page.getByRole('status').first().innerText(), /saved as profile\.json/);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: /Check my options/ }).click(); // a new, empty interview
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Open a saved profile…' }).click();
  await page.getByRole('heading', { level: 2, name: 'Your results' }).waitFor();
  assert.match(await page.locator('#card-ttps .card-verdict').innerText(), /Eligible to apply/);

  // The as-of date, changed on the results page: a year later the income year no longer counts.
  const asOf = page.getByLabel('Planned submission date');
  await asOf.fill('2027-03-15');
  await asOf.press('Enter');
  await page.locator('#card-ttps .card-verdict').getByText('More information needed').waitFor();
  await context.close();
});

test('guided mode: one question at a time, "I don\'t know" moves on, and it ends', async () => {
  const { page, context, errors } = await open();
  await page.getByRole('button', { name: /Ask me only what matters/ }).first().click();
  await page.getByRole('heading', { level: 2, name: 'Ask me only what matters' }).waitFor();
  await axe(page, 'guided');
  assert.match(await page.locator('#guided-why').innerText(), /can still change the answer for/);
  let asked = 0;
  while (await page.locator('#guided-skip').count()) {
    await page.locator('#guided-skip').click();
    asked += 1;
    assert.ok(asked < 60, 'the guided mode does not end');
  }
  assert.match(await page.locator('#guided-done').innerText(), new RegExp(`${asked} questions were asked`));
  assert.deepEqual(await page.evaluate(() => window.__fake.misses.filter((m) => m.startsWith('next'))), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the institution field suggests names from the rule pack, in either Chinese script', async () => {
  const { page, context } = await open();
  await page.getByRole('button', { name: /Check my options/ }).click();
  await step(page, 'Education');
  await page.getByLabel('I have qualifications to list').check();
  await page.getByLabel('Institution that awarded it').pressSequentially('清华');
  await page.waitForFunction(() => document.querySelector('datalist option')?.getAttribute('value') === 'Tsinghua University');
  await axe(page, 'education');
  await context.close();
});

test('every screen in Traditional Chinese fits 720 × 520 and is axe clean', async () => {
  const { page, context, errors } = await open({ width: 720, height: 520 });
  await page.getByRole('button', { name: '繁體中文' }).click();
  await page.getByRole('heading', { name: '人才入境導航' }).waitFor();
  await axe(page, 'start (zh-Hant)');
  await fits(page, 'start (zh-Hant)');
  await page.getByRole('button', { name: /查看我可申請的計劃/ }).click();
  for (const step of ['關於你', '學歷', '工作經驗', '收入', '家人', '核對你的答案']) {
    await page.getByRole('navigation', { name: '問卷步驟' }).getByRole('button', { name: step, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: step, exact: true }).waitFor();
    await axe(page, `interview: ${step}`);
    await fits(page, `interview: ${step}`);
  }
  await page.getByRole('button', { name: '結果', exact: true }).click();
  await page.locator('#card-ttps .card-toggle').click();
  await axe(page, 'results (zh-Hant)');
  await fits(page, 'results (zh-Hant)');
  await page.getByRole('button', { name: '比較', exact: true }).click();
  await axe(page, 'compare (zh-Hant)');
  await fits(page, 'compare (zh-Hant)');
  await page.getByRole('button', { name: '只問關鍵問題', exact: true }).click();
  await axe(page, 'guided (zh-Hant)');
  await fits(page, 'guided (zh-Hant)');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Opens the client files from the start screen. */
async function clientFiles(page) {
  await page.getByRole('button', { name: /Client files/ }).click();
  await page.getByRole('heading', { name: 'Clients', level: 2 }).waitFor();
}

const calls = (page, command) => page.evaluate((c) => window.__fake.calls.filter((x) => x.command === c).map((x) => x.args), command);

test('client list: search in Latin and Chinese script, filters and sort go to the backend, keyboard moves and opens', async () => {
  const { page, context, errors } = await open();
  await clientFiles(page);
  await axe(page, 'client list');
  await page.locator('#client-rows [role=option]').first().waitFor();
  assert.equal(await page.locator('#client-rows [role=option]').count(), 3);
  // Every list request asks for one page, not everything.
  const first = (await calls(page, 'listClients')).at(-1)[0];
  assert.deepEqual([first.offset, first.limit, first.sort], [0, 200, 'name']);

  await page.getByLabel('Search by name (Latin or Chinese)').fill('陳');
  await page.waitForFunction(() => document.querySelectorAll('#client-rows [role=option]').length === 1);
  assert.match(await page.locator('#client-rows [role=option]').innerText(), /CHAN Tai Man 陳大文/);
  await page.getByLabel('Search by name (Latin or Chinese)').fill('lee');
  await page.waitForFunction(() => document.querySelector('#client-rows [role=option]')?.textContent?.includes('LEE'));
  await page.getByLabel('Search by name (Latin or Chinese)').fill('');

  await page.locator('#filter-scheme').selectOption('gep');
  await page.getByLabel('Documents still missing').check();
  await page.locator('#client-sort').selectOption('deadline');
  await page.waitForFunction(() => document.querySelectorAll('#client-rows [role=option]').length === 1);
  const last = (await calls(page, 'listClients')).at(-1)[0];
  assert.deepEqual([last.scheme, last.documents_missing, last.sort], ['gep', true, 'deadline']);
  await page.locator('#filter-scheme').selectOption('');
  await page.getByLabel('Documents still missing').uncheck();
  await page.locator('#client-sort').selectOption('name');
  await page.waitForFunction(() => document.querySelectorAll('#client-rows [role=option]').length === 3);

  // Keyboard: the list takes arrows, the client beside it follows; Ctrl+F goes back to the search.
  await page.locator('#client-rows').focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('heading', { name: /CHAN Tai Man/, level: 2 }).waitFor();
  await page.keyboard.press('Control+f');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'client-search');
  // Another writer (the CLI, a second window) changed a file: coming back to the window shows it.
  await page.evaluate(() => {
    window.__fake.cf.en.list.find((c) => c.id === 3).chinese_name = '王大明';
    window.dispatchEvent(new Event('focus'));
  });
  await page.locator('#client-3', { hasText: '王大明' }).waitFor();

  // 10,000 clients: only the rows in view are in the page, and scrolling asks SQL for the next page.
  await page.evaluate(() => {
    const list = window.__fake.cf.en.list;
    for (let i = 0; i < 10000; i++) list.push({ ...list[0], id: 5000 + i, chinese_name: `客${i}` });
    window.dispatchEvent(new Event('focus'));
  });
  await page.waitForFunction(() => document.querySelector('#client-rows .count, .client-list .count')?.textContent?.includes('200'));
  const drawn = await page.locator('#client-rows [role=option]').count();
  assert.ok(drawn > 5 && drawn < 40, `${drawn} rows drawn`);
  await page.locator('#client-rows').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await page.waitForFunction(() => window.__fake.calls.some((c) => c.command === 'listClients' && c.args[0].offset === 200));
  assert.ok((await page.locator('#client-rows [role=option]').count()) < 40);
  await axe(page, 'client list with a client');
  await fits(page, 'client list with a client');
  assert.deepEqual(errors, []);
  await context.close();
});

test('client page: household, history, delete asks first; application checklist by party with undo, N/A reason, files, PDF', async () => {
  const { page, context, errors } = await open();
  await clientFiles(page);
  await page.locator('#client-1').click();
  await page.getByRole('heading', { name: /CHAN Tai Man/, level: 2 }).waitFor();
  const household = await page.locator('.household li').allInnerTexts();
  assert.equal(household.length, 3);
  assert.match(household[1], /WONG Mei/);
  assert.match(await page.locator('.history').innerText(), /GEP application opened/);

  // Delete asks, and Cancel keeps the file.
  await page.getByRole('button', { name: 'Delete the client file' }).click();
  await page.getByRole('alertdialog').waitFor();
  await axe(page, 'delete confirmation');
  // A real modal: the page behind is inert, focus starts on Cancel, Esc cancels without leaving the page.
  assert.equal(await page.locator('dialog.confirm').evaluate((d) => d.matches(':modal')), true);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'confirm-cancel');
  await page.keyboard.press('Escape');
  await page.getByRole('alertdialog').waitFor({ state: 'detached' });
  await page.getByRole('heading', { name: /CHAN Tai Man/, level: 2 }).waitFor();
  await page.getByRole('button', { name: 'Delete the client file' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.deepEqual(await calls(page, 'deleteClient'), []);

  // A new client from names; the page opens on it.
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByLabel('Family name').fill('Ho');
  await page.getByLabel('Name in Chinese').fill('何美');
  await page.getByRole('button', { name: 'Create the client file' }).click();
  await page.getByRole('heading', { name: 'HO 何美', level: 2 }).waitFor();
  assert.deepEqual((await calls(page, 'addClient'))[0][0], { schema: 'talentnav.profile/1', applicant: { name: { family: 'Ho', chinese: '何美' } } });
  await page.locator('#client-1').click();
  await page.getByRole('heading', { name: /CHAN Tai Man/, level: 2 }).waitFor();

  // A household change saves the profile with the new dependant.
  await page.getByRole('button', { name: 'Add a family member' }).click();
  await page.locator('#member-relationship').selectOption('child');
  await page.getByLabel('Given names').fill('Siu Wa');
  await page.getByLabel('Date of birth').fill('2015-02-01');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const [[id, saved]] = await calls(page, 'updateClient');
  assert.equal(id, 1);
  assert.deepEqual(saved.dependants.at(-1), { relationship: 'child', name: { given: 'Siu Wa' }, date_of_birth: '2015-02-01' });
  // The page says which checklist that changes, and regenerates it from there.
  const banner = page.locator('.client-detail .pending');
  const would = await banner.innerText();
  assert.match(would, /^The GEP checklist would change: [1-9]\d* to add, 0 no longer needed\./);
  await axe(page, 'client page with checklists to regenerate');
  await banner.getByRole('button', { name: 'Regenerate the checklist' }).click();
  await page.getByText(`GEP checklist regenerated: ${/(\d+) to add/.exec(would)[1]} added, 0 no longer needed.`).waitFor();
  await banner.waitFor({ state: 'detached' });
  assert.equal((await calls(page, 'regenerateApplication')).length, 1);

  // The profile is edited in place with the interview; each change is assessed at once.
  await page.getByRole('button', { name: 'Change the profile' }).click();
  await page.locator('.verdicts li').first().waitFor();
  assert.equal(await page.locator('.verdicts li').count(), 8);
  await axe(page, 'client profile editor');
  await page.locator('#profile-save').click();
  await page.getByText('Profile saved.').waitFor();
  assert.equal((await calls(page, 'updateClient')).length, 2);

  // The application: grouped by party, the employer and each dependant by name.
  await page.getByRole('button', { name: /GEP · Draft/ }).click();
  await page.getByRole('heading', { name: /GEP application — CHAN Tai Man/ }).waitFor();
  const parties = await page.locator('.party h3').allInnerTexts();
  assert.ok(parties.includes('Applicant') && parties.includes('Employer'), parties.join(' | '));
  assert.ok(parties.some((p) => p.includes('WONG Mei')) && parties.some((p) => p.includes('CHAN Siu Ming')), parties.join(' | '));
  // The passport expiring before submission is warned on the item itself.
  assert.match(await page.locator('#item-2 .warning').innerText(), /expires on 29 Jun 2027/);
  assert.match(await page.locator('#item-2 .files').innerText(), /passport-scan\.pdf/);
  await axe(page, 'application');
  await fits(page, 'application');

  // Status change, then undo puts the old status back.
  const photo = page.locator('.item', { hasText: 'photograph' }).first();
  const photoId = Number((await photo.getAttribute('id')).slice(5));
  await page.locator(`#status-${photoId}`).selectOption('received');
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByText(/undone/).waitFor();
  const edits = (await calls(page, 'updateItem')).filter(([item]) => item === photoId).map(([, e]) => e.status);
  assert.deepEqual(edits, ['received', 'required']);
  // The application's own status is undone the same way.
  const was = await page.locator('#application-status').inputValue();
  await page.locator('#application-status').selectOption('submitted');
  await page.getByText(/^Status of GEP application — CHAN Tai Man 陳大文 changed\./).waitFor();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByText('Change to GEP application — CHAN Tai Man 陳大文 undone.').waitFor();
  assert.deepEqual((await calls(page, 'setApplicationStatus')).map(([, status]) => status), ['submitted', was]);
  assert.equal(await page.locator('#application-status').inputValue(), was);

  // Not applicable needs its reason, which is shown on the item.
  await page.locator(`#status-${photoId}`).selectOption('not_applicable');
  await page.locator(`#na-reason-${photoId}`).fill('Taken at the ImmD counter');
  await page.locator(`#na-save-${photoId}`).click();
  await page.getByText('Not applicable: Taken at the ImmD counter').waitFor();

  // Attach, then remove after confirming.
  await page.getByRole('button', { name: /Attach a file to .*photograph/i }).first().click();
  await page.getByRole('button', { name: 'Remove degree.pdf' }).click();
  await page.getByRole('alertdialog').waitFor();
  await page.locator('#confirm-ok').click();
  await page.getByText('degree.pdf removed.').waitFor();
  assert.equal((await calls(page, 'removeAttachment')).length, 1);

  // Generate PDF, then offer to open it.
  await page.getByRole('button', { name: 'Generate PDF' }).click();
  await page.getByText('Checklist saved as talentnav-tn-0001-gep-checklist.pdf').waitFor();
  await page.locator('#open-pdf').click();
  assert.equal(await page.evaluate(() => window.__fake.opened), 1);

  // Esc goes back to the list.
  await page.locator('#application-title').focus();
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { name: 'Clients', level: 2 }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('notes: each application lists its notes; a note is added from the keyboard, and a failure keeps the text', async () => {
  const { page, context, errors } = await open();
  await clientFiles(page);
  await page.locator('#client-1').click();
  await page.getByRole('heading', { name: /CHAN Tai Man/, level: 2 }).waitFor();
  // The fixture's note (made by the real core) under its application, and in the history in words.
  const notes = page.getByRole('list', { name: 'Notes on the GEP application' });
  assert.match(await notes.innerText(), /Employer sends the signed contract by 20 March/);
  assert.match(await page.locator('.history').innerText(), /Note on the GEP application: Employer sends the signed contract by 20 March/);
  await axe(page, 'client page with notes');

  // Keyboard only: the box by its label, then Tab to the button and Enter. The first try fails: the
  // text stays in the box and nothing is listed.
  const box = page.getByLabel('New note on the GEP application');
  await box.focus();
  await page.keyboard.type('Call the employer about the start date');
  await page.evaluate(() => (window.__fake.failNextNote = { code: 'invalid_input', message_id: 'store-error-no-application', args: { id: 1 } }));
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'note-add-1');
  await page.keyboard.press('Enter');
  await page.locator('#error', { hasText: 'There is no application 1.' }).waitFor();
  assert.equal(await box.inputValue(), 'Call the employer about the start date');
  assert.equal(await notes.locator('li').count(), 1);
  await page.locator('#note-add-1').press('Enter');
  await page.getByText('Note added to the GEP application.').waitFor();
  await notes.locator('li').nth(1).waitFor();
  assert.match(await notes.locator('li').first().innerText(), /Call the employer about the start date/, 'newest first');
  assert.equal(await box.inputValue(), '');
  assert.deepEqual(await calls(page, 'addNote'), [[1, 'Call the employer about the start date'], [1, 'Call the employer about the start date']]);

  // The same page in both Chinese scripts: the label and the history in words, axe clean.
  for (const [lang, label, history] of [
    ['繁體中文', '為一般就業政策申請新增備註', '一般就業政策申請的備註：Employer sends the signed contract by 20 March'],
    ['简体中文', '为一般就业政策申请添加备注', '一般就业政策申请的备注：Employer sends the signed contract by 20 March'],
  ]) {
    await page.getByRole('button', { name: lang }).click();
    await page.getByLabel(label).waitFor();
    assert.match(await page.locator('.history').innerText(), new RegExp(history));
    await axe(page, `client page with notes ${lang}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('dashboard: one row per application for the documents still missing, linking to the first; axe clean in the three languages', async () => {
  const { page, context, errors } = await open();
  await clientFiles(page);
  await page.getByRole('button', { name: 'What needs doing' }).click();
  const section = page.getByRole('region', { name: 'Documents still missing' });
  await section.waitFor();
  const rows = section.getByRole('button');
  assert.equal(await rows.count(), 1, 'one row for the one application in progress');
  const text = await rows.first().innerText();
  assert.match(text, /^CHAN Tai Man 陳大文 — GEP: (\d+) documents still missing: .+ and \d+ more \(submission planned on 30 Jun 2027\)$/);
  const [, count] = text.match(/GEP: (\d+) documents/);
  // The passport is received: it is not among them.
  assert.doesNotMatch(text, /Valid travel document — Applicant/);
  await axe(page, 'dashboard with missing items');
  // The row opens the application on its first missing item.
  const first = await page.evaluate(() => window.__fake.cf.en.dashboard.find((w) => w.kind === 'missing_items').item_id);
  await rows.first().click();
  await page.locator(`#item-${first}.focused`).waitFor();
  const items = await page.evaluate(() => window.__fake.cf.en.applications['1'].items.filter((i) => !i.obsolete && i.need === 'required' && ['required', 'requested'].includes(i.status)).length);
  assert.equal(items, Number(count), 'the count is the items the checklist shows as required');
  const firstName = text.split(': ')[2].split(', ')[0].split(' — ')[0];
  assert.ok((await page.locator(`#item-${first}`).innerText()).includes(firstName), `the focused item is ${firstName}`);

  for (const [lang, dash, heading, words] of [
    ['繁體中文', '待辦事項', '尚欠的文件', /^CHAN Tai Man 陳大文 — 一般就業政策：尚欠 \d+ 份文件：.+及另外 \d+ 份（預計於2027年6月30日遞交）$/],
    ['简体中文', '待办事项', '尚缺的材料', /^CHAN Tai Man 陳大文 — 一般就业政策：尚缺 \d+ 份材料：.+以及另外 \d+ 份（预计于2027年6月30日递交）$/],
  ]) {
    await page.getByRole('button', { name: lang }).click();
    await page.getByRole('button', { name: dash }).click();
    const s = page.getByRole('region', { name: heading });
    await s.waitFor();
    assert.match(await s.getByRole('button').first().innerText(), words);
    await axe(page, `dashboard with missing items ${lang}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('dashboard links to the item; import and export; every client screen in Chinese is axe clean', async () => {
  const { page, context, errors } = await open();
  await clientFiles(page);
  await page.getByRole('button', { name: 'What needs doing' }).click();
  await page.getByRole('heading', { name: 'Documents expiring before submission' }).waitFor();
  await axe(page, 'dashboard');
  await page.getByLabel('As of').fill('2027-01-01');
  await page.waitForFunction(() => window.__fake.calls.some((c) => c.command === 'dashboard' && c.args[0] === '2027-01-01'));
  await page.getByRole('button', { name: /CHAN Tai Man 陳大文 — Valid travel document/ }).click();
  await page.locator('#item-2.focused').waitFor();

  await page.getByRole('button', { name: 'Import an archive' }).click();
  await page.getByText('Imported CHAN Tai Man 陳大文 from talentnav-client-0001-3f2a9c1b.zip, with 1 application.').waitFor();
  await page.getByRole('button', { name: 'Export to an archive' }).click();
  await page.getByText(/Exported to talentnav-client-0001/).waitFor();

  for (const [lang, title, dash, del, edit, member, add] of [
    ['繁體中文', '客戶', '待辦事項', '刪除客戶檔案', '修改個人資料', '加入家庭成員', '新客戶'],
    ['简体中文', '客户', '待办事项', '删除客户档案', '修改个人资料', '添加家庭成员', '新客户'],
  ]) {
    await page.getByRole('button', { name: lang }).click();
    await page.getByRole('heading', { name: title, level: 2 }).waitFor();
    await axe(page, `client list ${lang}`);
    await fits(page, `client list ${lang}`);
    await page.locator('#open-app-1').click();
    await page.locator('#application-title').waitFor();
    await axe(page, `application ${lang}`);
    await page.getByRole('button', { name: dash }).click();
    await page.getByRole('heading', { name: dash, level: 2 }).waitFor();
    await axe(page, `dashboard ${lang}`);
    // The client page and its forms, and the confirmation, in Chinese too.
    await page.locator('#cf-list').click();
    await page.locator('#client-1').click();
    await page.getByRole('button', { name: del, exact: true }).click();
    await page.getByRole('alertdialog').waitFor();
    await axe(page, `delete confirmation ${lang}`);
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: edit }).click();
    await page.locator('.verdicts li').first().waitFor();
    await axe(page, `client profile editor ${lang}`);
    await page.getByRole('button', { name: member }).click();
    await axe(page, `family member form ${lang}`);
    await page.getByRole('button', { name: add, exact: true }).click();
    await axe(page, `new client form ${lang}`);
    await fits(page, `client page ${lang}`);
    await page.locator('#cf-list').click();
  }
  assert.deepEqual(await calls(page, 'deleteClient'), []);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Opens client 1's GEP application from the client files, in whatever language the window is in. */
async function openApplication(page) {
  await page.locator('#cf-list').click();
  await page.locator('#client-1').click();
  await page.locator('#open-app-1').click();
  await page.locator('#application-title').waitFor();
}

test('application: Cancel on the "not applicable" reason shows the stored status again; the reason form and the confirmations are axe clean in English and Traditional Chinese', async () => {
  const { page, context, errors } = await open();
  await clientFiles(page);
  const photo = page.locator('#status-1'); // Recent photograph — Applicant, still required
  const stored = () => page.evaluate(() => window.__fake.cf.en.applications['1'].items.find((i) => i.id === 1).status);
  for (const [lang, reason, cancel, removeFile, removeChild] of [
    ['English', 'Why it does not apply', 'Cancel', 'Remove passport-scan.pdf', 'Remove Child, born 1 May 2012 · CHAN Siu Ming'],
    ['繁體中文', '不適用的原因', '取消', '移除 passport-scan.pdf', '移除子女，2012年5月1日出生 · CHAN Siu Ming'],
  ]) {
    await page.getByRole('button', { name: lang }).click();
    await openApplication(page);
    await photo.selectOption('not_applicable');
    const form = page.locator('.na-form');
    await form.getByLabel(reason).waitFor();
    await axe(page, `not-applicable reason form (${lang})`);
    await form.getByRole('button', { name: cancel }).click();
    await form.waitFor({ state: 'detached' });
    assert.equal(await photo.inputValue(), 'required', `${lang}: the select shows the stored status again`);
    assert.equal(await stored(), 'required');

    // Removing a file asks first; the dialog is axe clean; Esc keeps the file.
    await page.getByRole('button', { name: removeFile }).click();
    await page.getByRole('alertdialog').waitFor();
    await axe(page, `remove-attachment confirmation (${lang})`);
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });

    // So does removing a household member, on the client page.
    await page.locator('#cf-list').click();
    await page.locator('#client-1').click();
    await page.getByRole('button', { name: removeChild }).click();
    await page.getByRole('alertdialog').waitFor();
    await axe(page, `remove-member confirmation (${lang})`);
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
  }
  assert.deepEqual(await calls(page, 'updateItem'), []);
  assert.deepEqual(await calls(page, 'removeAttachment'), []);
  assert.deepEqual(await calls(page, 'updateClient'), []);

  // With the reason form open, choosing another status saves that one and closes the form.
  await page.getByRole('button', { name: 'English' }).click();
  await openApplication(page);
  await photo.selectOption('not_applicable');
  await page.locator('.na-form').waitFor();
  await photo.selectOption('received');
  await page.locator('.na-form').waitFor({ state: 'detached' });
  await page.getByText('Status of Recent photograph changed.').waitFor();
  assert.equal(await photo.inputValue(), 'received');
  assert.deepEqual(await calls(page, 'updateItem'), [[1, { status: 'received' }]]);

  // A status that could not be saved is not shown as if it were.
  await page.evaluate(() => (window.__fake.failNextItem = { code: 'invalid_input', message_id: 'store-error-no-item', args: { id: 1 } }));
  await photo.selectOption('verified');
  await page.locator('#error', { hasText: 'There is no document item 1.' }).waitFor();
  assert.equal(await photo.inputValue(), 'received');
  assert.deepEqual(errors, []);
  await context.close();
});

test('attachment rows: the size and day in the window\'s language, and "Open" opens that file of that item', async () => {
  const { page, context, errors } = await open();
  await clientFiles(page);
  await openApplication(page);
  // The fixture's scan (13 bytes, added on 14 Mar 2026) on the passport (item 2).
  const scan = page.locator('#item-2 .files li', { hasText: 'passport-scan.pdf' });
  assert.equal(await scan.locator('.file-meta').innerText(), '13 bytes · 14 Mar 2026');
  await scan.getByRole('button', { name: 'Open passport-scan.pdf' }).click();
  // A file attached to the photograph (item 1): 20,480 bytes on the fixtures' day.
  await page.getByRole('button', { name: 'Attach a file to Recent photograph' }).first().click();
  const degree = page.locator('#item-1 .files li', { hasText: 'degree.pdf' });
  assert.equal(await degree.locator('.file-meta').innerText(), '20 KB · 15 Mar 2026');
  await degree.getByRole('button', { name: 'Open degree.pdf' }).click();
  const [[, [attached]]] = await page.evaluate(() => window.__fake.calls.filter((c) => c.command === 'attachFile').map((c) => [c.args, window.__fake.cf.en.applications['1'].attachments.filter((a) => a.item_id === 1).map((a) => a.id)]));
  assert.deepEqual(await calls(page, 'openAttachment'), [[2, 1], [1, attached]]);

  await page.getByRole('button', { name: '繁體中文' }).click();
  await openApplication(page);
  assert.equal(await scan.locator('.file-meta').innerText(), '13 位元組 · 2026年3月14日');
  assert.equal(await degree.locator('.file-meta').innerText(), '20 KB · 2026年3月15日');
  await degree.getByRole('button', { name: '開啟 degree.pdf' }).click();
  assert.deepEqual((await calls(page, 'openAttachment')).at(-1), [1, attached]);
  assert.deepEqual(errors, []);
  await context.close();
});

const CHILD_DOCS = ['Recent photograph', 'Valid travel document', 'Evidence of relationship', 'Macao identity card', 'Taiwan household registration transcript and Taiwan identity card', 'Proof of overseas residence'];

test('regenerate after a member leaves the household: the summary names what is no longer needed, and those items are shown apart from the required ones', async () => {
  const { page, context, errors } = await open();
  await clientFiles(page);
  await page.locator('#client-1').click();
  const child = 'Child, born 1 May 2012 · CHAN Siu Ming';
  await page.getByRole('button', { name: `Remove ${child}` }).click();
  await page.locator('#confirm-ok').click();
  await page.waitForFunction(() => document.querySelectorAll('.household li').length === 2);
  await page.locator('#open-app-1').click();
  await page.locator('#application-title').waitFor();
  const apart = page.getByRole('region', { name: 'No longer required' });
  assert.equal(await apart.count(), 0, 'the checklist changes only when regenerated');

  await page.getByRole('button', { name: 'Regenerate the checklist' }).click();
  const summary = page.locator('#regenerate-summary');
  await summary.waitFor();
  assert.equal(await summary.locator('p').first().innerText(), 'GEP checklist regenerated: 0 added, 6 no longer needed.');
  assert.match(await summary.innerText(), /No longer needed:/);
  assert.doesNotMatch(await summary.innerText(), /Added:/);
  assert.deepEqual(await summary.locator('li').allInnerTexts(), CHILD_DOCS.map((d) => `${d} — ${child}`));
  // Apart, without a status to change; not among the required ones.
  await apart.waitFor();
  assert.deepEqual(await apart.locator('.item h4').allInnerTexts(), CHILD_DOCS);
  assert.equal(await apart.getByRole('combobox').count(), 0);
  const parties = await page.locator('.party:not(.obsolete) h3').allInnerTexts();
  assert.ok(!parties.some((p) => p.includes('CHAN Siu Ming')), parties.join(' | '));
  assert.equal(await page.locator('.party:not(.obsolete) .item').count(), 21 - 6);
  await axe(page, 'application with items no longer required');

  await page.getByRole('button', { name: '繁體中文' }).click();
  await openApplication(page);
  const apartZh = page.getByRole('region', { name: '不再需要' });
  assert.deepEqual(await apartZh.locator('.item h4').allInnerTexts(), ['近照', '有效旅行證件', '關係證明', '澳門身份證', '台灣戶籍謄本及台灣身份證', '海外居留證明']);
  await axe(page, 'application with items no longer required (zh-Hant)');

  // A child back in the household: regenerating brings those items back among the required ones.
  await page.locator('#cf-list').click();
  await page.locator('#client-1').click();
  await page.locator('#add-member').click();
  await page.locator('#member-relationship').selectOption('child');
  await page.locator('#member-given').fill('Siu Ming');
  await page.locator('#member-save').click();
  await page.waitForFunction(() => document.querySelectorAll('.household li').length === 3);
  assert.match(await page.locator('.client-detail .pending').innerText(), /新增 0 項，0 項不再需要，6 項再次需要。/);
  await page.locator('#open-app-1').click();
  await page.getByRole('button', { name: '重新產生文件清單' }).click();
  await apartZh.waitFor({ state: 'detached' });
  assert.equal(await page.locator('.party:not(.obsolete) .item').count(), 21);
  // The summary says they are needed again, and names them.
  assert.match(await summary.locator('p').first().innerText(), /新增 0 項，0 項不再需要，6 項再次需要。$/);
  assert.match(await summary.innerText(), /再次需要：/);
  assert.equal(await summary.locator('li').count(), 6);
  assert.deepEqual(errors, []);
  await context.close();
});

test('regenerate after a child joins the household, in Traditional Chinese: the summary counts and names the documents added', async () => {
  const { page, context, errors } = await open();
  await clientFiles(page);
  await page.getByRole('button', { name: '繁體中文' }).click();
  await page.locator('#client-1').click();
  await page.locator('#add-member').click();
  await page.locator('#member-relationship').selectOption('child');
  await page.locator('#member-given').fill('Siu Wa');
  await page.locator('#member-born').fill('2015-02-01');
  await page.locator('#member-save').click();
  await page.waitForFunction(() => document.querySelectorAll('.household li').length === 4);
  await page.locator('#open-app-1').click();
  await page.locator('#application-title').waitFor();
  assert.equal(await page.locator('.party .item').count(), 21);
  await page.getByRole('button', { name: '重新產生文件清單' }).click();
  const summary = page.locator('#regenerate-summary');
  await summary.waitFor();
  assert.equal(await summary.locator('p').first().innerText(), '已重新產生一般就業政策文件清單：新增 6 項，0 項不再需要。');
  assert.equal(await summary.locator('p').nth(1).innerText(), '新增：');
  const added = (await summary.locator('li').allInnerTexts()).map((n) => n.split(' — ')[0]);
  assert.deepEqual(added, ['近照', '有效旅行證件', '關係證明', '澳門身份證', '台灣戶籍謄本及台灣身份證', '海外居留證明']);
  // The new items are required, each with its status to set; nothing is set apart.
  await page.waitForFunction(() => document.querySelectorAll('.party .item').length === 27);
  assert.equal(await page.locator('.party.obsolete').count(), 0);
  await axe(page, 'application after regenerating (zh-Hant)');
  assert.deepEqual(errors, []);
  await context.close();
});

test('client list: "expiring within N days" and the application status go to the backend, and the list shows what it answers', async () => {
  const { page, context, errors } = await open();
  await clientFiles(page);
  const rows = page.locator('#client-rows [role=option]');
  const count = (n) => page.waitForFunction((k) => document.querySelectorAll('#client-rows [role=option]').length === k, n);
  const last = async () => (await calls(page, 'listClients')).at(-1)[0];
  await count(3);
  // CHAN Tai Man's passport expires on 29 Jun 2027: 471 days after the fixtures' today, 15 Mar 2026.
  const expiring = page.getByLabel('Expiring within (days)');
  await expiring.fill('471');
  await count(1);
  assert.match(await rows.innerText(), /CHAN Tai Man 陳大文/);
  assert.equal((await last()).expiring_within_days, 471);
  await expiring.fill('470');
  await page.getByText('No client matches.').waitFor();
  assert.equal(await rows.count(), 0);
  assert.equal((await last()).expiring_within_days, 470);
  await expiring.fill('');
  await count(3);
  assert.equal((await last()).expiring_within_days, undefined, 'an empty box is no filter');

  const status = page.locator('#filter-status');
  await status.selectOption('draft');
  await count(1);
  assert.match(await rows.innerText(), /CHAN Tai Man 陳大文/);
  assert.equal((await last()).status, 'draft');
  await status.selectOption('submitted');
  await page.getByText('No client matches.').waitFor();
  assert.equal((await last()).status, 'submitted');
  // Once the application is submitted (in another window), the same filter lists the client.
  await page.evaluate(async () => {
    await window.__fake.setApplicationStatus(1, 'submitted');
    window.dispatchEvent(new Event('focus'));
  });
  await count(1);
  assert.match(await rows.innerText(), /CHAN Tai Man 陳大文/);
  await axe(page, 'client list filtered');
  assert.deepEqual(errors, []);
  await context.close();
});

test('dashboard as of a day: a document expiring after the planned submission is listed once the day is past its expiry, not on it', async () => {
  const { page, context, errors } = await open();
  await clientFiles(page);
  await openApplication(page);
  // The spouse's passport (item 11) expires on 1 Aug 2027, after the planned submission on 30 Jun 2027.
  const expiry = page.locator('#expiry-11');
  await expiry.fill('2027-08-01');
  await expiry.press('Tab');
  await page.waitForFunction(() => window.__fake.calls.some((c) => c.command === 'updateItem' && c.args[0] === 11));
  await page.getByRole('button', { name: 'What needs doing' }).click();
  const section = page.getByRole('region', { name: 'Documents expiring before submission' });
  const own = (submit) => `CHAN Tai Man 陳大文 — Valid travel document (No. 2) expires on 29 Jun 2027, before the submission on ${submit}.`;
  const spouse = (submit) => `CHAN Tai Man 陳大文 — Valid travel document (No. 11) expires on 1 Aug 2027, before the submission on ${submit}.`;
  const asOf = page.getByLabel('As of');
  for (const [day, rows] of [
    ['', [own('30 Jun 2027')]], // today: the planned submission day counts
    ['2027-07-31', [own('31 Jul 2027')]],
    ['2027-08-01', [own('1 Aug 2027')]], // on its expiry day it is still valid
    ['2027-08-02', [own('2 Aug 2027'), spouse('2 Aug 2027')]],
  ]) {
    await asOf.fill(day);
    await section.getByRole('button', { name: rows.at(-1), exact: true }).waitFor();
    assert.deepEqual(await section.getByRole('button').allInnerTexts(), rows, `as of ${day || 'today'}`);
    assert.equal((await calls(page, 'dashboard')).at(-1)[0], day || null);
  }
  // Past the planned day, the missing documents say so.
  assert.match(await page.getByRole('region', { name: 'Documents still missing' }).innerText(), /\(the planned submission on 30 Jun 2027 has passed\)$/);

  await page.getByRole('button', { name: '繁體中文' }).click();
  await page.getByRole('button', { name: '待辦事項' }).click();
  await page.getByLabel('截至').fill('2027-08-02');
  await page.getByRole('region', { name: '遞交前到期的文件' }).getByRole('button', { name: 'CHAN Tai Man 陳大文 — 有效旅行證件（編號 11）於2027年8月1日到期，早於2027年8月2日遞交申請。' }).waitFor();
  await axe(page, 'dashboard as of a later day (zh-Hant)');
  assert.deepEqual(errors, []);
  await context.close();
});

// Issue 11: Settings → Rules.
test('Settings → Rules: nothing on the network before "Check now", a failed check says what to do, install shows whose answers change, regenerate asks first', async () => {
  const { page, context, errors } = await open();
  const calls = () => page.evaluate(() => window.__fake.calls.map((c) => c.command));
  // Keyboard only: the header's Settings button, then the page's controls.
  await page.locator('#settings-open').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Settings', level: 2 }).waitFor();
  await page.getByRole('heading', { name: 'Rules', level: 3 }).waitFor();
  assert.equal(await page.locator('#rules-version').textContent(), 'hk-talent 2026.1.0');
  assert.equal(await page.locator('#rules-as-of').textContent(), '1 Jan 2026');
  assert.equal(await page.locator('#rules-origin').textContent(), 'built into the app');
  assert.equal(await page.locator('#rules-address').textContent(), 'https://rules.example.org/talentnav');
  assert.equal(await page.locator('#rules-changelog').textContent(), 'The rules built into the app have no list of changes.');
  assert.equal(await page.locator('.rules-notice').count(), 0, 'the built-in pack is current on the fixtures day');
  assert.deepEqual((await calls()).filter((c) => c.includes('Rules')), [], 'no network use before the click');
  await axe(page, 'Settings → Rules');
  await fits(page, 'Settings → Rules');

  // A failed check: the CLI's sentence and a way forward; nothing else happens.
  await page.evaluate(() => {
    window.__fake.rulesFail = { code: 'io', message_id: 'update-error-connect', args: { url: 'https://rules.example.org/talentnav' } };
  });
  await page.locator('#rules-check').focus();
  await page.keyboard.press('Enter');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /Could not connect to https:\/\/rules\.example\.org\/talentnav: check the address and the network\. Check the internet connection/);
  assert.equal(await page.locator('#rules-install').count(), 0);

  await page.keyboard.press('Enter');
  await page.getByText('A newer rule pack is out: 2026.2.0 (in use: 2026.1.0).').waitFor();
  assert.equal(await alert.count(), 0);
  const install = page.getByRole('button', { name: 'Install rule pack 2026.2.0' });
  await install.focus();
  await page.keyboard.press('Enter');
  await page.getByText('Rule pack 2026.2.0 installed (replacing 2026.1.0).', { exact: false }).waitFor();
  await page.getByText('From rule pack 2026.1.0 to 2026.2.0: the answers change for 2 of 3 clients.').waitFor();
  const report = page.getByRole('table', { name: 'Whose answers change' });
  const earner = report.getByRole('row').filter({ hasText: 'Top Talent Pass Scheme · Category A (annual income)' });
  assert.match(await earner.textContent(), /Client 1: Lee Ka Yan.*Eligible to apply → Not eligible.*Annual income of HK\$3,000,000 or more.*Met → Not met.*less than HK\$3,000,000/);
  assert.match(await report.textContent(), /Client 2: Lee Ka Yan.*No longer needed in application 1 \(TTPS\): Recent photograph — Applicant/);
  // The page now shows the installed pack: its version, changelog and that it is past a due change.
  assert.equal(await page.locator('#rules-version').textContent(), 'hk-talent 2026.2.0');
  assert.equal(await page.locator('#rules-origin').textContent(), 'installed update');
  assert.equal(await page.locator('#rules-changelog').textContent(), 'Test pack.');
  assert.match(await page.locator('.rules-notice').textContent(), /may be out of date\. Check for an update in Settings → Rules\./);
  await axe(page, 'the impact report');

  // Regenerating asks first; Cancel sends nothing; confirming sends the affected applications once.
  await page.getByRole('button', { name: 'Regenerate the affected checklists' }).click();
  const confirm = page.getByRole('alertdialog');
  assert.match(await confirm.textContent(), /Regenerate the checklist of 1 application with rule pack 2026\.2\.0\?/);
  await axe(page, 'regenerate confirmation');
  await page.keyboard.press('Enter'); // Cancel has the focus
  assert.equal(await confirm.count(), 0);
  assert.ok(!(await calls()).includes('regenerateAffected'));
  await page.getByRole('button', { name: 'Regenerate the affected checklists' }).click();
  await page.getByRole('button', { name: 'Regenerate', exact: true }).click();
  await page.getByText('1 checklist regenerated.').waitFor();
  await page.getByText('Application 1 (TTPS): 0 added, 1 no longer needed.').waitFor();
  assert.deepEqual(
    await page.evaluate(() => window.__fake.calls.filter((c) => c.command === 'regenerateAffected').map((c) => c.args)),
    [[[1]]],
  );

  // The report follows the language; the page is axe clean in both Chinese scripts.
  for (const [lang, settings, rules, summary] of [
    ['繁體中文', '設定', '規則', '由規則資料包 2026.1.0 改為 2026.2.0：3 位客戶中有 2 位的結果有變。'],
    ['简体中文', '设置', '规则', '从规则数据包 2026.1.0 改为 2026.2.0'],
  ]) {
    await page.getByRole('button', { name: lang }).click();
    await page.getByRole('heading', { name: settings, level: 2 }).waitFor();
    await page.getByRole('heading', { name: rules, level: 3 }).waitFor();
    await page.getByText(summary, { exact: false }).waitFor();
    await axe(page, `Settings → Rules ${lang}`);
    await fits(page, `Settings → Rules ${lang}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the results and the rail say when the rules may be out of date, and link to Settings → Rules', async () => {
  const { page, context, errors } = await open();
  await page.evaluate(() => (window.__fake.rulesInstalled = true)); // the installed pack on 2027-02-01: past a due change
  await page.locator('#settings-open').click();
  await page.getByRole('heading', { name: 'Rules', level: 3 }).waitFor();
  await page.locator('#nav-start').click();
  await answerEarner(page);
  assert.equal(await page.locator('#rail-rules-notice').textContent(), 'The rules may be out of date');
  await page.locator('#rail-results').click();
  const notice = page.locator('#results-rules-notice');
  assert.match(await notice.textContent(), /These rules are as of 20 Nov 2026 and a change was due on 1 Jan 2027, so they may be out of date\./);
  await axe(page, 'results with the out-of-date notice');
  await page.getByRole('button', { name: '繁體中文' }).click();
  await page.getByText('這些規則截至', { exact: false }).waitFor();
  assert.match(await notice.textContent(), /這些規則截至 2026年11月20日，而 2027年1月1日 已有預定的規則變更，因此可能已過時。/);
  await axe(page, 'results with the out-of-date notice (zh-Hant)');
  await notice.getByRole('button').click();
  await page.getByRole('heading', { name: '規則', level: 3 }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('an installed pack that could not be used is said beside the results, not only in Settings', async () => {
  const { page, context, errors } = await open();
  await page.evaluate(() => (window.__fake.rulesFellBack = true)); // the installed pack failed its check at start
  await page.locator('#settings-open').click();
  await page.getByRole('heading', { name: 'Rules', level: 3 }).waitFor();
  await page.locator('#nav-start').click();
  await answerEarner(page);
  assert.equal(await page.locator('#rail-rules-notice').count(), 0, 'the rail flags only rules that may be out of date');
  await page.locator('#rail-results').click();
  assert.match(await page.locator('#results-rules-notice').textContent(), /cannot be used .* the rules built into the app .* are used instead/);
  await axe(page, 'results with the fallback notice');
  assert.deepEqual(errors, []);
  await context.close();
});

test('client page: a save from a page that another writer changed since is refused; their version shows and what was typed stays', async () => {
  const { page, context, errors } = await open();
  await clientFiles(page);
  await page.locator('#client-1').click();
  await page.getByRole('heading', { name: /CHAN Tai Man/, level: 2 }).waitFor();
  // Another window or the command line saves the client: a new updated_at, the spouse renamed.
  const elsewhere = (at, spouse) =>
    page.evaluate(([at, spouse]) => {
      for (const cf of Object.values(window.__fake.cf)) {
        cf.clients['1'].client.updated_at = at;
        cf.clients['1'].household[1].label = spouse;
      }
    }, [at, spouse]);

  // The profile editor: the draft was taken before that save, so saving it is refused.
  const read = await page.evaluate(() => window.__fake.cf.en.clients['1'].client.updated_at);
  await page.getByRole('button', { name: 'Change the profile' }).click();
  await page.locator('.verdicts li').first().waitFor();
  await fillDate(page, 'Given names', 'Tai Wah');
  await elsewhere('2026-11-30T09:00:00.000Z', 'spouse LEE Ka Yan');
  await page.locator('#profile-save').click();
  await page.getByText(/changed elsewhere/).waitFor();
  await page.locator('.household li', { hasText: 'LEE Ka Yan' }).waitFor();
  assert.equal(await page.getByLabel('Given names').inputValue(), 'Tai Wah', 'what was typed stays');
  assert.deepEqual((await calls(page, 'updateClient')).map(([, , seen]) => seen), [read], 'sent as the draft was read');
  // Saved again, knowingly, over the version now shown.
  await page.locator('#profile-save').click();
  await page.getByText('Profile saved.').waitFor();
  const [, [, saved, seen]] = await calls(page, 'updateClient');
  assert.equal(seen, '2026-11-30T09:00:00.000Z');
  assert.equal(saved.applicant.name.given, 'Tai Wah');

  // The household form: refused the same way, and stays open with what was typed.
  await page.getByRole('button', { name: 'Add a family member' }).click();
  await page.locator('#member-relationship').selectOption('child');
  await page.getByLabel('Given names').fill('Siu Wa');
  await elsewhere('2026-11-30T10:00:00.000Z', 'spouse LEE Mei');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.locator('.household li', { hasText: 'LEE Mei' }).waitFor();
  assert.equal(await page.getByLabel('Given names').inputValue(), 'Siu Wa');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.locator('#member-relationship').waitFor({ state: 'detached' });
  assert.equal((await calls(page, 'updateClient')).at(-1)[2], '2026-11-30T10:00:00.000Z');

  // A form opened before the page was read again (the window regained focus) still carries the
  // version it was opened on: the other writer's change is not overwritten by the form's older values.
  const opened = await page.evaluate(() => window.__fake.cf.en.clients['1'].client.updated_at);
  await page.locator('#edit-member-0').click();
  await elsewhere('2026-11-30T11:00:00.000Z', 'spouse LEE Mei Ling');
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await page.locator('.household li', { hasText: 'LEE Mei Ling' }).waitFor();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText(/changed elsewhere/).waitFor();
  assert.equal((await calls(page, 'updateClient')).at(-1)[2], opened, 'sent with the version the form was opened on');
  // After a refusal, a third change elsewhere is refused too: the form replaces only the version it was shown.
  await elsewhere('2026-11-30T12:00:00.000Z', 'spouse LEE Mei Ling');
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForFunction(() => window.__fake.calls.filter((c) => c.command === 'updateClient').at(-1).args[2] === '2026-11-30T11:00:00.000Z');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.locator('#member-relationship').waitFor({ state: 'detached' });
  assert.equal((await calls(page, 'updateClient')).at(-1)[2], '2026-11-30T12:00:00.000Z');
  assert.deepEqual(errors, []);
  await context.close();
});

test('dashboard: arrow keys move between the rows, Home and End to the ends, Enter opens the item', async () => {
  const { page, context, errors } = await open();
  await clientFiles(page);
  await page.getByRole('button', { name: 'What needs doing' }).click();
  await page.getByRole('heading', { name: 'Documents expiring before submission' }).waitFor();
  const rows = page.locator('.dashboard button.link');
  const n = await rows.count();
  assert.ok(n >= 2, `${n} rows`);
  const at = () => page.evaluate(() => [...document.querySelectorAll('.dashboard button.link')].indexOf(document.activeElement));
  await rows.first().focus();
  await page.keyboard.press('ArrowUp');
  assert.equal(await at(), 0, 'stays on the first');
  await page.keyboard.press('ArrowDown');
  assert.equal(await at(), 1);
  await page.keyboard.press('End');
  assert.equal(await at(), n - 1);
  await page.keyboard.press('ArrowDown');
  assert.equal(await at(), n - 1, 'stays on the last');
  await page.keyboard.press('Home');
  assert.equal(await at(), 0);
  await page.keyboard.press('Enter');
  await page.locator('#application-title').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('client page: cancelling the profile editor asks first when something was changed, and keeps it on Cancel', async () => {
  const { page, context, errors } = await open();
  await clientFiles(page);
  await page.locator('#client-1').click();
  await page.getByRole('heading', { name: /CHAN Tai Man/, level: 2 }).waitFor();
  // Nothing changed: it just closes.
  await page.getByRole('button', { name: 'Change the profile' }).click();
  await page.locator('#profile-cancel').click();
  await page.getByRole('button', { name: 'Change the profile' }).waitFor();
  assert.equal(await page.getByRole('alertdialog').count(), 0);
  // Something typed: asked; Cancel keeps it, then discarding closes the editor and saves nothing.
  await page.getByRole('button', { name: 'Change the profile' }).click();
  await fillDate(page, 'Given names', 'Tai Wah');
  // Re-assessed at once: the draft with the change went to the engine (the verdicts above are its answer).
  await page.waitForFunction(() => window.__fake.misses.some((m) => m.includes('"given":"Tai Wah"')));
  await page.locator('#profile-cancel').click();
  await page.getByRole('alertdialog').waitFor();
  await axe(page, 'discard the profile changes');
  await page.getByRole('button', { name: 'Cancel', exact: true }).last().click();
  await page.getByRole('alertdialog').waitFor({ state: 'detached' });
  assert.equal(await page.getByLabel('Given names').inputValue(), 'Tai Wah');
  await page.locator('#profile-cancel').click();
  await page.getByRole('button', { name: 'Discard the changes' }).click();
  await page.getByRole('button', { name: 'Change the profile' }).waitFor();
  assert.deepEqual(await calls(page, 'updateClient'), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a refused archive says why and imports nothing; an item note is saved when the box is left', async () => {
  const { page, context, errors } = await open();
  await clientFiles(page);
  const before = await page.locator('#client-rows [role=option]').count();
  await page.evaluate(() => {
    window.__fake.failNextImport = { code: 'invalid_input', message_id: 'store-error-archive-bad-path', args: { path: '../../.ssh/id_rsa' } };
  });
  await page.getByRole('button', { name: 'Import an archive' }).click();
  await page.getByText('The archive holds an entry “../../.ssh/id_rsa” that a client archive cannot have; it was refused.').waitFor();
  assert.equal(await page.getByText(/^Imported /).count(), 0);
  assert.equal(await page.locator('#client-rows [role=option]').count(), before);
  await axe(page, 'a refused archive');

  await page.locator('#client-1').click();
  await page.locator('#open-app-1').click();
  await page.locator('#application-title').waitFor();
  const note = page.locator('.item textarea').first();
  const item = Number((await note.getAttribute('id')).slice(5));
  await note.fill('Client brings the original on Friday');
  await note.press('Tab');
  await page.waitForFunction((id) => window.__fake.calls.some((c) => c.command === 'updateItem' && c.args[0] === id), item);
  assert.deepEqual((await calls(page, 'updateItem')).filter(([id]) => id === item).map(([, e]) => e), [{ note: 'Client brings the original on Friday' }]);
  await page.locator('#cf-list').click();
  await page.locator('#client-1').click();
  await page.locator('#open-app-1').click();
  assert.equal(await page.locator(`#note-${item}`).inputValue(), 'Client brings the original on Friday', 'kept by the backend, shown again');
  assert.deepEqual(errors, []);
  await context.close();
});
