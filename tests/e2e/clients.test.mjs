// Issue 10's six journeys through the client files in the real window (tauri-driver + WebKitWebDriver
// under Xvfb), controls found by role and label. One window on one data folder, the journeys in order
// (each builds on the file the one before made). TALENTNAV_TEST_DIALOG_PATH stands in for the save
// dialogs and for the import dialog (the newest .zip there); TALENTNAV_TEST_ATTACH_PATH for the file
// to attach. Needs the release build (TALENTNAV_APP); run by the coordinator.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { cliOn } from './cli.mjs';
import { Driver } from './webdriver.mjs';

const app = process.env.TALENTNAV_APP;
const tauriDriver = process.env.TAURI_DRIVER ?? 'tauri-driver';
assert.ok(app, 'set TALENTNAV_APP to the talentnav binary built with --features custom-protocol');

const scratch = mkdtempSync(join(tmpdir(), 'talentnav-clients-'));
const dialogs = mkdtempSync(join(scratch, 'dialog-'));
const scan = join(scratch, 'passport-scan.pdf');
writeFileSync(scan, '%PDF-1.4 a scanned passport');
const env = {
  ...process.env,
  LANG: 'en_US.UTF-8',
  LC_ALL: 'en_US.UTF-8',
  LANGUAGE: '',
  TALENTNAV_TEST_DIALOG_PATH: dialogs,
  TALENTNAV_TEST_ATTACH_PATH: scan,
};
const data = mkdtempSync(join(scratch, 'data-'));
/** The command line on the window's data folder (as a second writer would use it). */
const cli = cliOn(app, data, env);
const driver = new Driver();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let s;

before(async () => {
  await driver.start(tauriDriver, env);
  s = await driver.newSession(app, ['--data-dir', data, '--lang', 'en']);
  await s.byRole('heading', 'Talent Navigator');
});
after(async () => {
  await s?.quit().catch(() => undefined);
  driver.stop();
  rmSync(scratch, { recursive: true, force: true });
});

async function text(css) {
  return s.text(css).catch(() => '');
}

async function until(read, ok, ms = 10_000) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    last = await read();
    if (ok(last)) return last;
    await sleep(100);
  }
  return last;
}

/** The id of the checklist item named `name` in the party headed `party` (as a person reads it). */
async function itemId(party, name) {
  const id = await until(
    () =>
      s.execute(
        `const [party, name] = arguments;
         const section = [...document.querySelectorAll('.party')].find((p) => p.querySelector('h3')?.textContent.trim().startsWith(party));
         const item = section && [...section.querySelectorAll('.item')].find((i) => i.querySelector('h4')?.textContent.trim().startsWith(name));
         return item ? item.id : null;`,
        [party, name],
      ),
    (v) => v !== null,
  );
  assert.ok(id, `no item "${name}" for ${party}`);
  return `#${id}`;
}

/** Every item of the checklist as it reads: party, name, status, expiry, reason. */
function checklist() {
  return s.execute(`return [...document.querySelectorAll('.application .item')].map((i) => [
    i.closest('.party').querySelector('h3').textContent.trim(), i.querySelector('h4').textContent.trim(),
    i.querySelector('select')?.value ?? '', i.querySelector('input[id^=expiry]')?.value ?? '',
    i.querySelector('.na-reason')?.textContent.trim() ?? ''].join(' | '));`);
}

async function addMember(relationship, family, given, born) {
  await s.press('button', 'Add a family member');
  await s.choose('/^Relationship/', relationship);
  await s.type('Family name', family, { within: 'form.member-form' });
  await s.type('Given names', given, { within: 'form.member-form' });
  await s.type('Date of birth', born, { within: 'form.member-form' });
  await s.press('button', 'Save', { within: 'form.member-form' });
  await s.byRole('button', `/^Remove .*${family.toUpperCase()} ${given}/`, { within: '.household' });
}

test('1: a client with a spouse and a child, a GEP application: the employer and each dependant have their items', async () => {
  await s.press('button', '/^Client files/');
  await s.byRole('heading', 'Clients');
  await s.press('button', 'New client');
  await s.type('Family name', 'Chan');
  await s.type('Given names', 'Tai Man');
  await s.type('Name in Chinese', '陳大文');
  await s.press('button', 'Create the client file');
  await s.byRole('heading', 'CHAN Tai Man 陳大文');
  await addMember('spouse', 'Wong', 'Mei', '1987-01-01');
  await addMember('child', 'Chan', 'Siu Ming', '2012-05-01');
  await s.choose('/^Scheme/', 'gep', { within: 'form.new-application' });
  await s.type('Planned submission date', '2027-06-30');
  await s.press('button', 'Open an application');
  await s.byRole('heading', '/^GEP application — CHAN Tai Man/');
  await s.byRole('heading', 'Employer', { within: '.application' });
  await s.byRole('heading', '/^Spouse.*WONG Mei/', { within: '.application' });
  await s.byRole('heading', '/^Child.*CHAN Siu Ming/', { within: '.application' });
});

test('2: the passport received with an expiry before the planned submission is warned on the item and the dashboard', async () => {
  const passport = await itemId('Applicant', 'Valid travel document');
  await s.choose('/^Status/', 'received', { within: passport });
  await s.type('Expiry date', '2027-06-29', { within: passport });
  assert.match(await until(() => text(`${passport} .warning`), (t) => /expires/.test(t)), /29 Jun 2027/);
  await s.press('button', 'What needs doing');
  await s.byRole('heading', 'Documents expiring before submission');
  await s.press('button', '/^CHAN Tai Man 陳大文 — Valid travel document/');
  await s.byRole('heading', '/^GEP application/');
  assert.equal(await s.execute(`return !!document.querySelector('${passport}.focused');`), true);
});

test('3: a file attached (the test stand-in for the dialog) is listed with its name, then removed after confirming', async () => {
  const passport = await itemId('Applicant', 'Valid travel document');
  await s.press('button', '/^Attach a file to Valid travel document/', { within: passport });
  assert.match(await until(() => text(`${passport} .files`), (t) => t.includes('passport-scan.pdf')), /passport-scan\.pdf/);
  await s.press('button', 'Remove passport-scan.pdf', { within: passport });
  await s.press('button', 'Remove', { within: '.confirm' });
  assert.equal(await until(() => text(`${passport} .files`), (t) => !t.includes('passport-scan.pdf')), '');
});

test('4: "not applicable" with its reason is printed on the PDF', async () => {
  const photo = await itemId('Applicant', 'Recent photograph');
  await s.choose('/^Status/', 'not_applicable', { within: photo });
  await s.type('Why it does not apply', 'Taken at the ImmD counter', { within: photo });
  await s.press('button', 'Save', { within: photo });
  assert.match(await until(() => text(`${photo} .na-reason`), (t) => t.includes('ImmD counter')), /Taken at the ImmD counter/);
  await s.press('button', 'Generate PDF');
  await until(() => text('.application .status'), (t) => /Checklist saved as/.test(t));
  const pdf = readdirSync(dialogs).find((f) => f.endsWith('.pdf'));
  assert.ok(pdf, 'the PDF is where the dialog stand-in puts it');
  const words = execFileSync('pdftotext', ['-layout', join(dialogs, pdf), '-'], { encoding: 'utf8' });
  assert.match(words.replace(/\s+/g, ' '), /Taken at the ImmD counter/);
});

test('5: the child born so that she turns 18 before submission: the alert shows', async () => {
  await s.press('button', 'Back to the client');
  await s.press('button', '/^Change Child/', { within: '.household' });
  await s.type('Date of birth', '2009-06-01', { within: 'form.member-form' });
  await s.press('button', 'Save', { within: 'form.member-form' });
  await s.byRole('button', '/^Remove .*CHAN Siu Ming/', { within: '.household' });
  const alert = /The child born on 1 Jun 2009 turns 18 on 1 Jun 2027, before the submission on \d+ \w+ \d{4}/;
  await s.press('button', 'What needs doing');
  await s.byRole('heading', 'Children turning 18 before submission');
  assert.match(await until(() => text('.dashboard'), (t) => alert.test(t)), alert);
});

test('6: export, delete, import: the same checklist comes back', async () => {
  await s.press('button', '/^CHAN Tai Man 陳大文 — /');
  await s.byRole('heading', '/^GEP application/');
  const before = await checklist();
  assert.ok(before.length > 5);
  await s.press('button', 'Back to the client');
  await s.press('button', 'Export to an archive');
  await until(() => text('#status'), (t) => /Exported to/.test(t));
  assert.ok(readdirSync(dialogs).some((f) => f.endsWith('.zip')));
  await s.press('button', 'Delete the client file');
  await s.press('button', 'Delete the client file', { within: '.confirm' });
  assert.match(await until(() => text('#status'), (t) => /was deleted/.test(t)), /The file of CHAN Tai Man 陳大文 was deleted/);
  const listed = () => s.execute("return [...document.querySelectorAll('#client-rows .row .name')].map((n) => n.textContent.trim());");
  assert.deepEqual(await until(listed, (l) => !l.includes('CHAN Tai Man 陳大文')), [], 'gone from the list');
  assert.deepEqual(JSON.parse(cli('client', 'list', '--json')).length, 0, 'and from the store');
  await s.press('button', 'Import an archive');
  assert.match(await until(() => text('#status'), (t) => /^Imported /.test(t)), /^Imported CHAN Tai Man 陳大文 from talentnav-client-.*\.zip, with 1 application\.$/);
  await s.byRole('heading', 'CHAN Tai Man 陳大文');
  assert.deepEqual(await until(listed, (l) => l.length === 1), ['CHAN Tai Man 陳大文']);
  await s.press('button', '/^GEP · /');
  await s.byRole('heading', '/^GEP application/');
  assert.deepEqual(await until(checklist, (c) => c.length === before.length), before);
});

test('7: a note on the application is listed under it and in the client\'s history, in words', async () => {
  await s.press('button', 'Back to the client');
  await s.byRole('heading', 'CHAN Tai Man 陳大文');
  await s.type('New note on the GEP application', 'Employer sends the signed contract on Monday');
  await s.press('button', 'Add a note');
  assert.match(await until(() => text('.applications .notes'), (t) => t.includes('signed contract')), /Employer sends the signed contract on Monday/);
  assert.equal(await s.value('textbox', 'New note on the GEP application'), '', 'the box is emptied once the note is kept');
  assert.match(await until(() => text('.history'), (t) => t.includes('Note on the GEP')), /Note on the GEP application: Employer sends the signed contract on Monday/);
});

test('8: the dashboard has one row for the documents still missing, and it opens the first of them', async () => {
  await s.press('button', 'What needs doing');
  await s.byRole('heading', 'Documents still missing');
  const words = await until(
    () =>
      s.execute(`return [...document.querySelectorAll('.dashboard button')].map((b) => b.textContent.replace(/\\s+/g, ' ').trim())
        .find((t) => /^CHAN Tai Man 陳大文 — GEP: \\d+ documents still missing: /.test(t)) ?? '';`),
    (t) => t !== '',
  );
  assert.ok(words, 'a missing-documents row for the GEP application');
  // "… — GEP: 25 documents still missing: Degree certificate — Applicant, …": the first one named.
  const first = words.split(': ')[2].split(', ')[0].split(' — ')[0];
  await s.press('button', '/^CHAN Tai Man 陳大文 — GEP: \\d+ documents still missing: /', { within: '.dashboard' });
  await s.byRole('heading', '/^GEP application/');
  const focused = await until(() => s.execute("return document.querySelector('.application .item.focused h4')?.textContent.trim() ?? '';"), (t) => t !== '');
  assert.ok(focused.startsWith(first), `the first missing item is focused: ${focused} / ${first}`);
});

test('9: the command line saves the client while the window edits it: the window refuses to overwrite, shows the newer version and keeps what was typed', async () => {
  await s.press('button', 'Back to the client');
  await s.byRole('heading', 'CHAN Tai Man 陳大文');
  const [{ id }] = JSON.parse(cli('client', 'list', '--json'));
  await s.press('button', 'Change the profile');
  await s.type('Given names', 'Tai Wah', { within: '.client-detail' });
  // Meanwhile, the command line: the same profile with a new given name.
  const profile = JSON.parse(cli('client', 'show', String(id), '--json')).profile;
  profile.applicant.name.given = 'Tai Ming';
  const file = join(scratch, 'from-the-cli.json');
  writeFileSync(file, JSON.stringify(profile));
  cli('client', 'update', String(id), '--profile', file);
  await s.press('button', 'Save', { within: '.client-detail' });
  assert.match(await until(() => text('#error'), (t) => /changed elsewhere/.test(t)), /nothing was saved/);
  await s.byRole('heading', 'CHAN Tai Ming 陳大文');
  assert.equal(JSON.parse(cli('client', 'show', String(id), '--json')).profile.applicant.name.given, 'Tai Ming', 'the newer change stays');
  assert.equal(await s.value('textbox', 'Given names'), 'Tai Wah', 'what was typed stays');
  // Saved again, knowingly.
  await s.press('button', 'Save', { within: '.client-detail' });
  await s.byRole('heading', 'CHAN Tai Wah 陳大文');
  assert.equal(JSON.parse(cli('client', 'show', String(id), '--json')).profile.applicant.name.given, 'Tai Wah');
});
