import { flushSync, mount, tick, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import App from './App.svelte';
import { FakeBackend } from './testing/fake-backend';

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await tick();
  }
  flushSync();
}

function text(sel: string): string {
  return document.querySelector(sel)?.textContent?.trim() ?? '';
}

function click(sel: string): void {
  const el = document.querySelector<HTMLElement>(sel);
  if (!el) throw new Error(`no element ${sel}`);
  el.click();
}

let app: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
});

async function start(backend: FakeBackend): Promise<void> {
  const target = document.createElement('div');
  document.body.appendChild(target);
  app = mount(App, { target, props: { backend } });
  await settle();
}

describe('the first screen', () => {
  it('shows the app in the language the shell chose, sets the title and reports ready', async () => {
    const backend = new FakeBackend('zh-Hans');
    await start(backend);
    expect(text('#app-name')).toBe('人才入境导航');
    expect(document.title).toBe('人才入境导航');
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(document.querySelectorAll('.schemes li')).toHaveLength(8);
    await new Promise((r) => setTimeout(r, 50));
    expect(backend.ready).toBe(1);
  });

  it('switches language live and marks the current one', async () => {
    const backend = new FakeBackend('en');
    await start(backend);
    expect(text('#scheme-ttps .name')).toBe('Top Talent Pass Scheme');
    click('#lang-zh-Hant');
    await settle();
    expect(text('#app-name')).toBe('人才入境導航');
    expect(text('#scheme-ttps .name')).toBe('高端人才通行證計劃');
    expect(document.querySelector('#lang-zh-Hant')?.getAttribute('aria-pressed')).toBe('true');
    expect(document.querySelector('#lang-en')?.getAttribute('aria-pressed')).toBe('false');
    expect(backend.locale).toBe('zh-Hant');
  });

  it('shows a failed switch as a localized error and keeps the current language', async () => {
    const backend = new FakeBackend('zh-Hant');
    backend.failNextSetLocale = { code: 'io', message_id: 'error-io', args: { path: '/data', reason: '沒有權限' } };
    await start(backend);
    click('#lang-en');
    await settle();
    expect(text('#error')).toBe('/data：沒有權限 請確認檔案或資料夾存在且你有寫入權限，然後再試。');
    expect(text('#app-name')).toBe('人才入境導航');
  });

  it('opens and closes the About panel with version, data folder and rule pack', async () => {
    await start(new FakeBackend('en'));
    click('#about-open');
    await settle();
    expect(text('#about-version')).toBe('Version 0.1.0');
    expect(text('#about-data-dir')).toBe('/home/someone/.local/share/talentnav');
    expect(text('#about-rule-pack')).toBe('hk-talent 2026.1.0');
    expect(text('#about .example')).toBe('Money and dates appear as HK$2,500,000 on 1 Jan 2026.');
    click('#about-close');
    await settle();
    expect(document.querySelector('#about')).toBeNull();
  });
});
