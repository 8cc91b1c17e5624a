// The fixture backend for Vitest, serving the real locale files the Rust side embeds (uses node:fs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale, LocaleBundle } from '../api';
import { FixtureBackend } from './fixture-backend';

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

export class FakeBackend extends FixtureBackend {
  constructor(locale: Locale = 'en') {
    super(bundle, locale);
  }
}
