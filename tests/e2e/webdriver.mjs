// A minimal W3C WebDriver client for tauri-driver. Node's fetch keeps connections alive, which
// tauri-driver needs (it drops requests sent with `Connection: close`).
import { spawn } from 'node:child_process';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class Driver {
  // WEBDRIVER_PORT picks another pair of ports when another run holds 4444/4445.
  constructor(port = Number(process.env.WEBDRIVER_PORT) || 4444) {
    this.base = `http://127.0.0.1:${port}`;
    this.process = null;
  }

  /** Starts tauri-driver and waits until WebKitWebDriver behind it answers (tauri #15156). */
  async start(binary, env) {
    // WebKitWebDriver listens on the next port (tauri-driver's default pair is 4444/4445).
    const port = Number(this.base.split(':').pop());
    this.process = spawn(binary, ['--port', String(port), '--native-port', String(port + 1)], {
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      try {
        const res = await fetch(`${this.base}/status`);
        const body = await res.json();
        if (body?.value?.ready) return;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    throw new Error('tauri-driver did not become ready within 20 s');
  }

  stop() {
    this.process?.kill('SIGTERM');
  }

  async request(method, path, body) {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await res.json();
    if (!res.ok || json?.value?.error) throw new Error(`${method} ${path}: ${JSON.stringify(json?.value)}`);
    return json.value;
  }

  async newSession(application, args) {
    // Only tauri:options, only in alwaysMatch: anything else fails capability matching.
    const value = await this.request('POST', '/session', {
      capabilities: { alwaysMatch: { 'tauri:options': { application, args } } },
    });
    return new Session(this, value.sessionId);
  }
}

// Accessible names the way this app gives them: <label for>, a wrapping <label>, aria-label(ledby),
// a fieldset's <legend>, a button's text. Exact match after trimming, or a RegExp source.
const FIND_BY_ROLE = `
  const [role, name, within] = arguments;
  const root = document.querySelector(within) || document.body;
  const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  const matches = (n) => name.startsWith('/') ? new RegExp(name.slice(1, -1)).test(norm(n)) : norm(n) === name;
  const label = (el) => {
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
    const by = el.getAttribute('aria-labelledby');
    if (by) return by.split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
    if (el.id) { const l = document.querySelector('label[for="' + el.id + '"]'); if (l) return l.textContent; }
    const wrap = el.closest('label'); if (wrap) return wrap.textContent;
    if (el.tagName === 'FIELDSET') return el.querySelector('legend')?.textContent;
    return el.textContent;
  };
  const sel = { button: 'button', textbox: 'input[type=text], input:not([type]), textarea', combobox: 'select',
    radio: 'input[type=radio]', checkbox: 'input[type=checkbox]', group: 'fieldset, [role=group]',
    heading: 'h1, h2, h3, h4' }[role];
  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  return [...root.querySelectorAll(sel)].find((el) => visible(el) && matches(label(el))) || null;
`;

export class Session {
  constructor(driver, id) {
    this.driver = driver;
    this.id = id;
  }
  call(method, path, body) {
    return this.driver.request(method, `/session/${this.id}${path}`, body);
  }
  title() {
    return this.call('GET', '/title');
  }
  async find(css, timeoutMs = 15_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const el = await this.call('POST', '/element', { using: 'css selector', value: css });
        return el[ELEMENT];
      } catch (e) {
        if (Date.now() > deadline) throw e;
        await sleep(100);
      }
    }
  }
  async text(css) {
    return this.call('GET', `/element/${await this.find(css)}/text`);
  }
  async click(css) {
    await this.call('POST', `/element/${await this.find(css)}/click`, {});
  }
  /** Polls until `read()` returns `want` (the UI updates asynchronously), or returns the last value. */
  async until(read, want, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
      last = await read();
      if (last === want) return last;
      await sleep(100);
    }
    return last;
  }
  execute(script, args = []) {
    return this.call('POST', '/execute/sync', { script, args });
  }
  /**
   * The element a person would find by its role and accessible name (a label, a legend, the text of a
   * button), polled until it is there. `within` is a CSS selector to search inside.
   */
  async byRole(role, name, { within = 'body', timeoutMs = 15_000 } = {}) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const el = await this.execute(FIND_BY_ROLE, [role, name, within]);
      if (el) return el[ELEMENT];
      if (Date.now() > deadline) throw new Error(`no ${role} named ${JSON.stringify(name)} in ${within}`);
      await sleep(100);
    }
  }
  async press(role, name, opts) {
    await this.call('POST', `/element/${await this.byRole(role, name, opts)}/click`, {});
  }
  /** Types into a text box (replacing what is there) and leaves it, as a person does. */
  async type(name, text, opts) {
    const el = await this.byRole('textbox', name, opts);
    await this.call('POST', `/element/${el}/clear`, {});
    await this.call('POST', `/element/${el}/value`, { text: text + '\uE004' });
  }
  /** Picks an option of a select by the option's value. */
  async choose(name, value, opts) {
    const select = await this.byRole('combobox', name, opts);
    const option = await this.call('POST', `/element/${select}/element`, { using: 'css selector', value: `option[value="${value}"]` });
    await this.call('POST', `/element/${option[ELEMENT]}/click`, {});
  }
  async value(role, name, opts) {
    const el = await this.byRole(role, name, opts);
    return this.execute('return arguments[0].value;', [{ [ELEMENT]: el }]);
  }
  executeAsync(script, args = []) {
    return this.call('POST', '/execute/async', { script, args });
  }
  async screenshot() {
    return Buffer.from(await this.call('GET', '/screenshot'), 'base64');
  }
  quit() {
    return this.call('DELETE', '');
  }
}
