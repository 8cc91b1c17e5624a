// scripts/bench, in the real window: issue 10's client files at 10,000 clients and 200,000 document
// items (the store bench's data, seeded into CLIENTS_DATA by `cargo run -p talentnav-store --example
// seed`). Five actions, each timed in the page from the input (a click, a choice, a typed search) to
// the first frame painted after the result is in the DOM (a MutationObserver sees it, then a frame
// callback and a task queued from it: that frame has been painted), so WebDriver's round trips are
// not counted: open the client list from the start screen, sort it by next deadline, search by a
// Chinese name, open a client, open its application; REPS rounds after WARMUP. The PSS of the app and
// its WebKit processes (from /proc) with the list open right after launch, again after the rounds, and
// after scrolling it to its end (every page of 10,000 read); the same for an empty Tauri 2 window
// (EMPTY_WINDOW) as the baseline.
// Run under Xvfb with tauri-driver.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Driver } from './webdriver.mjs';

const WARMUP = 3;
const REPS = 25;
const IDLE_MS = 10_000;

/** Every process under `root` (from /proc), with its PSS in KiB. */
function tree(root) {
  const kids = new Map();
  for (const p of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const ppid = Number(readFileSync(`/proc/${p}/stat`, 'utf8').split(') ').pop().split(' ')[1]);
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(p)]);
    } catch {
      // gone
    }
  }
  const out = [];
  const todo = [root];
  while (todo.length) {
    const p = todo.pop();
    out.push(p);
    todo.push(...(kids.get(p) ?? []));
  }
  return out.map((pid) => {
    try {
      const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      const pss = Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
      return { pid, comm, pss };
    } catch {
      return { pid, comm: '?', pss: 0 };
    }
  });
}

/** PSS (MiB) of the window program `comm` started under the driver, and its WebKit processes. */
function windowPss(driverPid, comm) {
  const app = tree(driverPid).find((p) => p.comm === comm.slice(0, 15)); // the kernel keeps 15 bytes
  if (!app) throw new Error(`no ${comm} process under tauri-driver`);
  const procs = tree(app.pid);
  return { procs, mib: procs.reduce((s, p) => s + p.pss, 0) / 1024 };
}

const q = (list, p) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Runs in the page: `reps` rounds of the five actions, returning each action's times (ms).
const ROUNDS = `
  const [reps, chinese] = arguments;
  const done = arguments[arguments.length - 1];
  const $ = (s) => document.querySelector(s);
  const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  // From the input to the frame that shows the result: ready() is checked on every DOM change.
  function timed(input, ready) {
    return new Promise((resolve, reject) => {
      const t0 = performance.now();
      const check = () => {
        if (!ready()) return;
        obs.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      };
      const obs = new MutationObserver(check);
      obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      const timer = setTimeout(() => { obs.disconnect(); reject(new Error('timed out: ' + ready)); }, 10000);
      input();
      check();
    });
  }
  const names = () => [...document.querySelectorAll('#client-rows .row .name')].map((n) => n.textContent);
  (async () => {
    const t = { list: [], sort: [], search: [], client: [], application: [] };
    for (let i = 0; i < reps; i++) {
      // A different client each round (four digits: the query names exactly one client).
      const k = 1000 + ((i * 3571) % 9000);
      const query = chinese[k % 12] + k;
      t.list.push(await timed(() => $('#start-clients').click(), () => names().length > 0 && /\\d/.test($('.client-list .count')?.textContent ?? '')));
      // Sorting, among the QMAS clients (a third): by name Ho comes first, by next deadline Tanaka
      // (the seeded Ho applications are all submitted, so they have no deadline in progress).
      const choose = (id, value) => { const select = $(id); select.value = value; select.dispatchEvent(new Event('change', { bubbles: true })); };
      const firstIs = async (text) => { while (!names()[0]?.includes(text)) await painted(); };
      choose('#filter-scheme', 'qmas');
      await firstIs('何');
      t.sort.push(await timed(() => choose('#client-sort', 'deadline'), () => !!names()[0]?.includes('田中')));
      choose('#filter-scheme', '');
      await firstIs('陳');
      const type = (text) => { const input = $('#client-search'); input.value = text; input.dispatchEvent(new Event('input', { bubbles: true })); };
      t.search.push(await timed(() => type(query), () => { const n = names(); return n.length > 0 && n.every((x) => x.includes(query)); }));
      const row = $('#client-rows .row');
      const name = row.querySelector('.name').textContent.trim();
      t.client.push(await timed(() => row.click(), () => $('#client-title')?.textContent.trim() === name && !!$('[id^=open-app-]')));
      t.application.push(await timed(() => $('[id^=open-app-]').click(), () => !!$('#application-title') && document.querySelectorAll('.application .item').length > 0));
      $('#nav-start').click();
      while (!$('#start-clients')) await painted();
    }
    done(t);
  })().catch((e) => done({ error: String(e) }));`;

// Runs in the page: scrolls the open list to its end until every page has been read.
const SCROLL_ALL = `
  const done = arguments[arguments.length - 1];
  const $ = (s) => document.querySelector(s);
  const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  (async () => {
    const list = $('#client-rows');
    let last = -1, still = 0;
    while (still < 20) {
      list.scrollTop = list.scrollHeight;
      list.dispatchEvent(new Event('scroll'));
      await painted();
      const h = list.scrollHeight;
      still = h === last ? still + 1 : 0;
      last = h;
    }
    done({ rows: Math.round(list.scrollHeight / 52), drawn: list.querySelectorAll('.row').length });
  })().catch((e) => done({ error: String(e) }));`;

const app = process.env.TALENTNAV_APP;
const seeded = process.env.CLIENTS_DATA;
if (!app || !seeded) throw new Error('set TALENTNAV_APP and CLIENTS_DATA (a seeded data folder)');
// A copy, so that the seeded folder stays as it was (the window writes its state there).
const scratch = mkdtempSync(join(tmpdir(), 'talentnav-bench-clients-'));
const data = join(scratch, 'data');
cpSync(seeded, data, { recursive: true });
const driver = new Driver();
await driver.start(process.env.TAURI_DRIVER ?? 'tauri-driver', { ...process.env, LANG: 'en_US.UTF-8' });
try {
  const s = await driver.newSession(app, ['--data-dir', data, '--lang', 'zh-Hant']);
  await s.call('POST', '/timeouts', { script: 600_000 });
  // Memory with the list of 10,000 open, as a consultant starts the day: right after launch.
  await s.click('#start-clients');
  await s.find('#client-rows .row');
  await sleep(IDLE_MS);
  const fresh = windowPss(driver.process.pid, 'talentnav-window');
  await s.click('#nav-start');
  await s.find('#start-clients');
  const chinese = ['陳', '黃', '李', '張', '劉', '何', '吳', '梁', '史', '田中', '金', '辛'];
  const t = await s.executeAsync(ROUNDS, [WARMUP + REPS, chinese]);
  if (t.error) throw new Error(t.error);
  await s.click('#start-clients');
  await s.find('#client-rows .row');
  await sleep(IDLE_MS);
  const open = windowPss(driver.process.pid, 'talentnav-window');
  const scrolled = await s.executeAsync(SCROLL_ALL);
  if (scrolled.error) throw new Error(scrolled.error);
  await sleep(IDLE_MS);
  const mem = windowPss(driver.process.pid, 'talentnav-window');
  await s.quit();

  let empty = null;
  if (process.env.EMPTY_WINDOW) {
    const e = await driver.newSession(process.env.EMPTY_WINDOW, []);
    await e.call('POST', '/timeouts', { script: 600_000 });
    await e.find('h1');
    const noop = await e.executeAsync(`
      const done = arguments[arguments.length - 1];
      (async () => { const t = []; for (let i = 0; i < ${WARMUP + REPS}; i++) t.push(await window.__noopRoundTrip()); done(t); })();`);
    await sleep(IDLE_MS);
    const pss = windowPss(driver.process.pid, 'empty-window');
    await e.quit();
    empty = { noop: noop.slice(WARMUP), pss };
  }

  const f = (x) => `${x.toFixed(1)} ms`;
  const rows = [
    ['open the client list (start screen → rows shown)', t.list],
    ['sort by next deadline (chosen → list shown; QMAS filter)', t.sort],
    ['search by a Chinese name (typed → matching row shown)', t.search],
    ['open a client (click → client page shown)', t.client],
    ['open an application (click → checklist shown)', t.application],
  ];
  const w = 56;
  console.log(`\nclient files, real window: ${scrolled.rows} clients, 200,000 document items; in-page time from the input to the painted result, ${REPS} runs after ${WARMUP} warm-up`);
  console.log(`${'action'.padEnd(w)} ${'p50'.padStart(9)} ${'p95'.padStart(9)}   target`);
  console.log('-'.repeat(w + 40));
  for (const [name, list] of rows) {
    const v = list.slice(WARMUP);
    console.log(`${name.padEnd(w)} ${f(q(v, 0.5)).padStart(9)} ${f(q(v, 0.95)).padStart(9)}   < 100 ms`);
  }
  if (empty) console.log(`${'  empty Tauri 2 window: no-op command to the next frame'.padEnd(w)} ${f(q(empty.noop, 0.5)).padStart(9)} ${f(q(empty.noop, 0.95)).padStart(9)}`);
  const parts = (m) => m.procs.filter((p) => p.pss > 0).map((p) => `${p.comm} ${(p.pss / 1024).toFixed(0)}`).join(', ');
  const idle = `${IDLE_MS / 1000} s idle`;
  console.log(`${`PSS, the list of ${scrolled.rows} open after launch, ${idle}`.padEnd(w)} ${`${fresh.mib.toFixed(0)} MiB`.padStart(19)}   ≤ 350 MiB`);
  console.log(`  (${parts(fresh)} MiB)`);
  console.log(`${`PSS, the list open again after the runs, ${idle}`.padEnd(w)} ${`${open.mib.toFixed(0)} MiB`.padStart(19)}   ≤ 350 MiB`);
  console.log(`  (${parts(open)} MiB)`);
  console.log(`${`PSS, then scrolled to its end (${scrolled.drawn} rows drawn), ${idle}`.padEnd(w)} ${`${mem.mib.toFixed(0)} MiB`.padStart(19)}   ≤ 350 MiB`);
  console.log(`  (${parts(mem)} MiB)`);
  if (empty) console.log(`${`  empty Tauri 2 window, ${idle}`.padEnd(w)} ${`${empty.pss.mib.toFixed(0)} MiB`.padStart(19)}   (${(open.mib / empty.pss.mib).toFixed(1)}× / ${(mem.mib / empty.pss.mib).toFixed(1)}×)`);
} finally {
  driver.stop();
  rmSync(scratch, { recursive: true, force: true });
}
