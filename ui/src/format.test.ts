import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatMoney } from './format';
import type { Locale } from './generated/bindings';

// currency_name: what the catalogue calls a currency other than HKD (Rust reads its own catalogue).
type Vector = { locale: Locale; kind: 'money' | 'date'; input: number | string; currency?: string; currency_name?: string; expected: string };
const vectors: Vector[] = JSON.parse(readFileSync(join(import.meta.dirname, '../../tests/fixtures/format-vectors.json'), 'utf8'));

describe('formats shared with Rust (tests/fixtures/format-vectors.json)', () => {
  it('has a rich vector file', () => expect(vectors.length).toBeGreaterThanOrEqual(20));
  for (const v of vectors) {
    it(`${v.kind} ${v.locale} ${String(v.input)} → ${v.expected}`, () => {
      const got =
        v.kind === 'money' ? formatMoney(Number(v.input), v.currency ?? 'HKD', v.locale, (code) => v.currency_name ?? code) : formatIsoDate(String(v.input), v.locale);
      expect(got).toBe(v.expected);
    });
  }
});
