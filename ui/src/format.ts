// Money and dates, written exactly as the Rust side writes them (talentnav-i18n/src/format.rs);
// both are tested against tests/fixtures/format-vectors.json.
import type { Locale } from './generated/bindings';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function groupThousands(n: bigint): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `HK$2,500,000`; other currencies as `USD 320,000.25`; cents only when there are any. */
export function formatMoney(amount: number, currency = 'HKD', _locale: Locale = 'en'): string {
  const cents = BigInt(Math.round(Math.abs(amount) * 100));
  const whole = cents / 100n;
  const frac = cents % 100n;
  let digits = groupThousands(whole);
  if (frac !== 0n) digits += '.' + frac.toString().padStart(2, '0');
  const sign = amount < 0 && cents !== 0n ? '-' : '';
  const code = currency.trim().toUpperCase();
  return code === 'HKD' ? `${sign}HK$${digits}` : `${sign}${code} ${digits}`;
}

/** `15 Mar 2026` / `2026年3月15日`; anything that is not a real YYYY-MM-DD date comes back unchanged. */
export function formatIsoDate(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return iso;
  return locale === 'en' ? `${d} ${EN_MONTHS[mo - 1]} ${y}` : `${y}年${mo}月${d}日`;
}
