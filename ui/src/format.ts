// Money and dates, written exactly as the Rust side writes them (talentnav-i18n/src/format.rs);
// both are tested against tests/fixtures/format-vectors.json.
import type { Locale } from './generated/bindings';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function groupThousands(n: bigint): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function plainAmount(cents: bigint): string {
  const frac = cents % 100n;
  return groupThousands(cents / 100n) + (frac !== 0n ? '.' + frac.toString().padStart(2, '0') : '');
}

/** `250萬` for 2,500,000 and `1億` for 100,000,000 (`万`, `亿` in Simplified); other amounts as digits. */
function chineseAmount(cents: bigint, locale: Locale): string {
  const [wan, yi] = locale === 'zh-Hant' ? ['萬', '億'] : ['万', '亿'];
  const whole = cents / 100n;
  if (cents % 100n !== 0n || whole === 0n) return plainAmount(cents);
  if (whole % 100_000_000n === 0n) return groupThousands(whole / 100_000_000n) + yi;
  if (whole % 10_000n === 0n) return groupThousands(whole / 10_000n) + wan;
  return plainAmount(cents);
}

/**
 * English `HK$2,500,000`, `USD 320,000.25`; Chinese `港幣250萬元` / `250万港元`, `32萬美元`, a whole number of
 * 萬 or 億 written in them; cents only when there are any. `currencyName` names a currency other than
 * the Hong Kong dollar in Chinese (the catalogue's `currency-<CODE>`).
 */
export function formatMoney(amount: number, currency = 'HKD', locale: Locale = 'en', currencyName = (code: string) => code): string {
  const cents = BigInt(Math.round(Math.abs(amount) * 100));
  const sign = amount < 0 && cents !== 0n ? '-' : '';
  const code = currency.trim().toUpperCase();
  if (locale === 'en') return code === 'HKD' ? `${sign}HK$${plainAmount(cents)}` : `${sign}${code} ${plainAmount(cents)}`;
  const digits = chineseAmount(cents, locale);
  if (code === 'HKD') return locale === 'zh-Hant' ? `${sign}港幣${digits}元` : `${sign}${digits}港元`;
  return `${sign}${digits}${currencyName(code)}`;
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
