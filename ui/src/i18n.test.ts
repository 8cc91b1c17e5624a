import { describe, expect, it } from 'vitest';
import { Messages } from './i18n';
import { bundle } from './testing/fake-backend';

describe('Messages over the real locale files', () => {
  it('speaks each language', () => {
    expect(new Messages(bundle('en')).t('app-name')).toBe('Talent Navigator');
    expect(new Messages(bundle('zh-Hant')).t('app-name')).toBe('人才入境導航');
    expect(new Messages(bundle('zh-Hans')).t('app-name')).toBe('人才入境导航');
  });

  it('formats money and dates exactly as the Rust side does', () => {
    const args = { amount: 2500000, date: '2026-03-15' };
    expect(new Messages(bundle('en')).t('about-format-example', args)).toBe('Money and dates appear as HK$2,500,000 on 15 Mar 2026.');
    expect(new Messages(bundle('zh-Hant')).t('about-format-example', args)).toBe('金額及日期顯示為：2026年3月15日，港幣250萬元。');
    expect(new Messages(bundle('zh-Hans')).t('about-format-example', args)).toBe('金额和日期显示为：2026年3月15日，250万港元。');
  });

  it('falls back to English, then to the id', () => {
    const partial = new Messages({ locale: 'zh-Hant', resources: ['app-name = 人才入境導航'], fallback: bundle('en').fallback });
    expect(partial.t('about-close')).toBe('Close');
    expect(partial.t('no-such-id')).toBe('no-such-id');
  });

  it('names countries, nationalities, languages and register items as the Rust side does', () => {
    const hant = new Messages(bundle('zh-Hant'));
    expect(hant.t('d-nationality-ok', { nationality: 'GB' })).toBe('你的國籍（英國）不在排除之列。');
    expect(hant.t('d-born-not-overseas', { country: 'CN' })).toBe('在中國內地出生，就此計劃而言不屬海外出生。');
    expect(hant.t('d-language-not-good', { languages: 'zh,en' })).toBe('中文、英文的書寫及口語能力均未達良好水平。');
    expect(new Messages(bundle('zh-Hans')).t('d-nationality-ok', { nationality: 'CN' })).toBe('你的国籍（中国）不在排除之列。');
    // The register's own words now come from the rule pack, already written out by Rust; a bare code
    // reaching the window is still never shown: it reads as the general phrase, as on the Rust side.
    expect(new Messages(bundle('en')).t('review-unconfirmed', { register: 'U12' })).toBe(
      'The official text leaves this open: a point the official text does not settle.',
    );
    expect(new Messages(bundle('en')).t('d-born-overseas', { country: 'ZZ' })).toBe('Place of birth: the country or region “ZZ”, overseas.');
  });

  it('inserts no bidi isolation marks', () => {
    const out = new Messages(bundle('zh-Hant')).t('about-version', { version: '0.1.0' });
    expect(out).toBe('版本 0.1.0');
  });
});
