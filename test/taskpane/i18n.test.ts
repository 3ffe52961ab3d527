/** The pane's two languages: every text in both, with the same placeholders, and the language chosen. */
import { BUILTIN_PROFILES, NATIONAL } from '../../src/domain';
import {
  LANGUAGE_LABEL,
  LANGUAGES,
  localeFor,
  profileName,
  TEXT_KEYS,
  uiText,
} from '../../src/taskpane/i18n';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('the pane’s texts', () => {
  it('fill their placeholders, and leave an unknown one as it is', () => {
    expect(
      uiText('zh-CN', 'pane.summary', { forms: 2, errors: 1, warnings: 0, infos: 3, profile: '全国通用' }),
    ).toBe('共 2 张表：错误 1 个，警告 0 个，提示 3 个。配置：全国通用');
    expect(
      uiText('en-US', 'pane.summary', { forms: 2, errors: 1, warnings: 0, infos: 3, profile: 'national' }),
    ).toBe('Forms: 2; errors: 1; warnings: 0; notes: 3. Profile: national');
    expect(uiText('en-US', 'pane.no-form')).toBe('No self-evaluation form found on sheet “{sheet}”.');
  });

  it('have the same placeholders in both languages, and English has no Chinese', () => {
    expect(TEXT_KEYS.length).toBeGreaterThan(50);
    for (const key of TEXT_KEYS) {
      const english = uiText('en-US', key);
      expect([key, placeholders(english)]).toEqual([key, placeholders(uiText('zh-CN', key))]);
      expect([key, english.trim() !== '' && !/[\u4e00-\u9fff]/.test(english)]).toEqual([key, true]);
    }
  });

  it('are the catalogue’s pane area, and say the first-level indicators as the findings do', () => {
    expect(TEXT_KEYS.every((key) => key.startsWith('pane.'))).toBe(true);
    expect(uiText('en-US', 'level.output')).toBe('Output indicators');
    expect(uiText('zh-CN', 'level.effect')).toBe('效益指标');
  });

  it('offer each language in itself, under a label in both', () => {
    expect(LANGUAGES).toEqual([
      ['zh-CN', '中文（简体）'],
      ['en-US', 'English'],
    ]);
    expect(LANGUAGE_LABEL).toBe('界面语言 / Language');
  });
});

describe('the pane’s language', () => {
  it.each([
    ['en-US', 'en-US'],
    ['en-GB', 'en-US'],
    ['EN', 'en-US'],
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['fr-FR', 'zh-CN'],
    ['', 'zh-CN'],
    [undefined, 'zh-CN'],
    ['english', 'zh-CN'],
  ])('%s → %s', (language, locale) => {
    expect(localeFor(language)).toBe(locale);
  });
});

describe('profile names', () => {
  it('are English for the built-in profiles in English, and a bureau’s own name stays as given', () => {
    for (const profile of BUILTIN_PROFILES) {
      expect(profileName(profile, 'zh-CN')).toBe(profile.name);
      expect(profileName(profile, 'en-US')).toMatch(/^[A-Z][A-Za-z ()]+$/);
    }
    expect(profileName(NATIONAL, 'en-US')).toBe('National (Ministry of Finance)');
    const bureau = { ...NATIONAL, name: '某市财政局 2025 年度配置' };
    expect(profileName(bureau, 'en-US')).toBe('某市财政局 2025 年度配置');
  });
});
