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
    expect(new Messages(bundle('zh-Hant')).t('about-format-example', args)).toBe('金額及日期顯示為：2026年3月15日，HK$2,500,000。');
    expect(new Messages(bundle('zh-Hans')).t('about-format-example', args)).toBe('金额和日期显示为：2026年3月15日，HK$2,500,000。');
  });

  it('falls back to English, then to the id', () => {
    const partial = new Messages({ locale: 'zh-Hant', resources: ['app-name = 人才入境導航'], fallback: bundle('en').fallback });
    expect(partial.t('about-close')).toBe('Close');
    expect(partial.t('no-such-id')).toBe('no-such-id');
  });

  it('inserts no bidi isolation marks', () => {
    const out = new Messages(bundle('zh-Hant')).t('about-version', { version: '0.1.0' });
    expect(out).toBe('版本 0.1.0');
  });
});
