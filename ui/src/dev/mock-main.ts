// The app in a plain browser against the fixture backend (vite build --mode mock), for the Playwright
// tests. The locale files come in raw, exactly as Rust embeds them; window state lives in localStorage,
// so a reload is a restart.
import '@fontsource/noto-sans-hk/400.css';
import '@fontsource/noto-sans-hk/700.css';
import '../app.css';
import { mount } from 'svelte';
import App from '../App.svelte';
import type { Locale, LocaleBundle, WindowState } from '../generated/bindings';
import { FixtureBackend } from '../testing/fixture-backend';

const files = import.meta.glob<string>('../../../locales/*/*.ftl', { query: '?raw', import: 'default', eager: true });

function sources(locale: Locale): string[] {
  return Object.keys(files)
    .filter((p) => p.split('/').at(-2) === locale)
    .sort()
    .map((p) => files[p]!);
}

function bundle(locale: Locale): LocaleBundle {
  return { locale, resources: sources(locale), fallback: sources('en') };
}

const stored = localStorage.getItem('talentnav-locale') as Locale | null;
const backend = new FixtureBackend(bundle, stored ?? 'en');
const state = localStorage.getItem('talentnav-window-state');
backend.state = state ? (JSON.parse(state) as WindowState) : null;
backend.file = localStorage.getItem('talentnav-profile-file');
backend.onstate = (s) => localStorage.setItem('talentnav-window-state', JSON.stringify(s));
const setLocale = backend.setLocale.bind(backend);
backend.setLocale = async (l) => {
  const b = await setLocale(l);
  localStorage.setItem('talentnav-locale', l);
  return b;
};
const saveProfile = backend.saveProfile.bind(backend);
backend.saveProfile = async (p) => {
  const r = await saveProfile(p);
  localStorage.setItem('talentnav-profile-file', backend.file ?? '');
  return r;
};
(window as unknown as { __fake: FixtureBackend }).__fake = backend;

const target = document.getElementById('app');
if (!target) throw new Error('mock.html has no #app element');
mount(App, { target, props: { backend } });
