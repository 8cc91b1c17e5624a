// A Backend for tests, serving the real locale files the Rust side embeds. Test-only (uses node:fs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo, Backend, Locale, LocaleBundle } from '../api';
import type { UserError } from '../generated/bindings';

const LOCALES = join(import.meta.dirname, '../../../locales');

export function ftlSources(locale: Locale): string[] {
  const dir = join(LOCALES, locale);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ftl'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

export function bundle(locale: Locale): LocaleBundle {
  return { locale, resources: ftlSources(locale), fallback: ftlSources('en') };
}

export class FakeBackend implements Backend {
  locale: Locale;
  ready = 0;
  failNextSetLocale: UserError | null = null;

  constructor(locale: Locale = 'en') {
    this.locale = locale;
  }

  async appInfo(): Promise<AppInfo> {
    return {
      version: '0.1.0',
      data_dir: '/home/someone/.local/share/talentnav',
      rule_pack: { id: 'hk-talent', version: '2026.1.0', sha256: 'ab'.repeat(32), revised: '2026-01-01' },
    };
  }
  async localeBundle(): Promise<LocaleBundle> {
    return bundle(this.locale);
  }
  async setLocale(locale: Locale): Promise<LocaleBundle> {
    if (this.failNextSetLocale) {
      const e = this.failNextSetLocale;
      this.failNextSetLocale = null;
      throw e;
    }
    this.locale = locale;
    return bundle(locale);
  }
  async appReady(): Promise<void> {
    this.ready += 1;
  }
}
