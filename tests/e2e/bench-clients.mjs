// scripts/bench, in the real window: issue 10's client files at 10,000 clients and 200,000 document
// items (the store bench's data, seeded into CLIENTS_DATA by `cargo run -p talentnav-store --example
// seed`). Four actions, each timed in the page from the input (a click, or a typed search) to the
// first frame painted after the result is in the DOM (a MutationObserver sees it, then a frame
// callback and a task queued from it: that frame has been painted), so WebDriver's round trips are
// not counted: open the client list from the start screen, search by a Chinese name, open a client,
// open its application. REPS repetitions after WARMUP. Then the whole list is scrolled through (every
// page of 10,000 loaded) and the PSS of the app and its WebKit processes read from /proc; the same for
// an empty Tauri 2 window (EMPTY_WINDOW) as the baseline. Run under Xvfb with tauri-driver.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Driver } from './webdriver.mjs';

const WARMUP = 3;
const REPS = 25;
const IDLE_MS = 5_000;

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

// Runs in the page: `reps` rounds of the four actions, returning each action's times (ms).
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
    const t = { list: [], search: [], client: [], application: [] };
    for (let i = 0; i < reps; i++) {
      // A different client each round (four digits: the query names exactly one client).
      const k = 1000 + ((i * 3571) % 9000);
      const query = chinese[k % 12] + k;
      t.list.push(await timed(() => $('#start-clients').click(), () => names().length > 0 && /\\d/.test($('.client-list .count')?.textContent ?? '')));
      t.search.push(await timed(() => {
        const input = $('#client-search');
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, () => { const n = names(); return n.length > 0 && n.every((x) => x.includes(query)); }));
      const row = $('#client-rows .row');
      const name = row.querySelector('.name').textContent.trim();
      t.client.push(await timed(() => row.click(), () => $('#client-title')?.textContent.trim() === name && !!$('[id^=open-app-]')));
      t.application.push(await timed(() => $('[id^=open-app-]').click(), () => !!$('#application-title') && document.querySelectorAll('.application .item').length > 0));
      $('#nav-start').click();
      while (!$('#start-clients')) await painted();
    }
    done(t);
  })().catch((e) => done({ error: String(e) }));`;

// Runs in the page: opens the list and scrolls to its end until every page is loaded.
const SCROLL_ALL = `
  const done = arguments[arguments.length - 1];
  const $ = (s) => document.querySelector(s);
  const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  (async () => {
    $('#start-clients').click();
    while (!$('#client-rows .row')) await painted();
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
  await s.find('#start-clients');
  const chinese = ['陳', '黃', '李', '張', '劉', '何', '吳', '梁', '史', '田中', '金', '辛'];
  const t = await s.executeAsync(ROUNDS, [WARMUP + REPS, chinese]);
  if (t.error) throw new Error(t.error);
  await s.find('#start-clients');
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
  const parts = mem.procs.filter((p) => p.pss > 0).map((p) => `${p.comm} ${(p.pss / 1024).toFixed(0)}`).join(', ');
  console.log(`${`PSS, list scrolled to its end (${scrolled.rows} rows loaded, ${scrolled.drawn} drawn)`.padEnd(w)} ${`${mem.mib.toFixed(0)} MiB`.padStart(19)}   ≤ 350 MiB`);
  console.log(`  (${parts} MiB)`);
  if (empty) console.log(`${'  empty Tauri 2 window, idle'.padEnd(w)} ${`${empty.pss.mib.toFixed(0)} MiB`.padStart(19)}   (${(mem.mib / empty.pss.mib).toFixed(1)}×)`);
} finally {
  driver.stop();
  rmSync(scratch, { recursive: true, force: true });
}
