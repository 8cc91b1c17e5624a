// A minimal W3C WebDriver client for tauri-driver. Node's fetch keeps connections alive, which
// tauri-driver needs (it drops requests sent with `Connection: close`).
import { spawn } from 'node:child_process';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class Driver {
  constructor(port = 4444) {
    this.base = `http://127.0.0.1:${port}`;
    this.process = null;
  }

  /** Starts tauri-driver and waits until WebKitWebDriver behind it answers (tauri #15156). */
  async start(binary, env) {
    this.process = spawn(binary, ['--port', this.base.split(':').pop()], { env, stdio: ['ignore', 'inherit', 'inherit'] });
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
