// Fluent in the window, over the very files the Rust side embeds (sent by `locale_bundle`). The
// language is negotiated in Rust only: @fluent/langneg maps zh-CN to zh-Hant.
import { FluentBundle, FluentNumber, FluentResource, type FluentValue } from '@fluent/bundle';
import type { ArgValue, Locale, LocaleBundle } from './generated/bindings';
import { formatIsoDate, formatMoney } from './format';

export type Args = Record<string, ArgValue>;

function bundleFor(locale: Locale, sources: string[]): FluentBundle {
  const bundle = new FluentBundle(locale, {
    useIsolating: false,
    functions: {
      DATE: ([d]: FluentValue[]) => (typeof d === 'string' ? formatIsoDate(d, locale) : String(d ?? '')),
      MONEY: ([a]: FluentValue[], named: Record<string, FluentValue>) => {
        const amount = a instanceof FluentNumber ? a.value : Number(a);
        const currency = typeof named['currency'] === 'string' ? named['currency'] : 'HKD';
        const name = (code: string) => {
          const m = bundle.getMessage(`currency-${code}`);
          return m?.value ? bundle.formatPattern(m.value) : code;
        };
        return Number.isFinite(amount) ? formatMoney(amount, currency, locale, name) : String(a);
      },
    },
  });
  for (const text of sources) bundle.addResource(new FluentResource(text));
  return bundle;
}

/** Messages of one locale, falling back to English, then to the id itself (never a blank). */
export class Messages {
  readonly locale: Locale;
  private readonly bundles: FluentBundle[];

  constructor(b: LocaleBundle) {
    this.locale = b.locale;
    this.bundles = [bundleFor(b.locale, b.resources), bundleFor('en', b.fallback)];
  }

  t(id: string, args: Args = {}): string {
    const named = this.named(args);
    for (const bundle of this.bundles) {
      const msg = bundle.getMessage(id);
      if (msg?.value) return bundle.formatPattern(msg.value, named);
    }
    return id;
  }

  /** Arguments that carry codes put into words, as talentnav_i18n::message does in Rust. */
  private named(args: Args): Args {
    const out: Args = { ...args };
    const text = (key: string) => (typeof args[key] === 'string' ? (args[key] as string) : undefined);
    const name = (kind: string, code: string, attr?: string): string => {
      for (const bundle of this.bundles) {
        const msg = bundle.getMessage(`${kind}-${code}`);
        const pattern = (attr && msg?.attributes[attr]) || msg?.value;
        if (code && pattern) return bundle.formatPattern(pattern);
      }
      return this.t(`${kind}-unknown`, { code });
    };
    const country = text('country');
    if (country !== undefined) out.country = name('country', country);
    const nationality = text('nationality');
    if (nationality !== undefined) out.nationality = name('country', nationality, 'nationality');
    const language = text('language');
    if (language !== undefined) out.language = name('language-name', language);
    const languages = text('languages');
    if (languages !== undefined) {
      const names = languages.split(',').map((c) => c.trim()).filter(Boolean).map((c) => name('language-name', c));
      out.languages = names.join(this.locale === 'en' ? ', ' : '、');
    }
    const register = text('register');
    if (register !== undefined) {
      const id = `unconfirmed-${register}`;
      out.register = this.bundles.some((b) => b.hasMessage(id)) ? this.t(id) : this.t('unconfirmed-other');
    }
    return out;
  }
}
