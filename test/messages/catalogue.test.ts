/**
 * The catalogue (src/messages): every sentence in both languages with the same placeholders, no id in two
 * areas, Chinese in zh-CN and none in en-US; formatMessage; and the names the rules refer to with `@id`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AREAS,
  CATALOGUES,
  formatMessage,
  isMessageId,
  said,
  SaidError,
  type Locale,
} from '../../src/messages';

const DOMAIN = join(__dirname, '..', '..', 'src', 'domain');
const LOCALES = Object.keys(CATALOGUES) as Locale[];
const lookup = (locale: Locale, id: string): string | undefined =>
  isMessageId(id) ? CATALOGUES[locale][id] : undefined;

function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

function source(...parts: string[]): string {
  return readFileSync(join(DOMAIN, ...parts), 'utf8');
}

/** Quoted literals that look like a catalogue id (`'exec-rate.mismatch'`, `'@field.target'`). */
function messageIdLiterals(text: string): string[] {
  return [
    ...text.matchAll(/['"`]@?([a-z][a-z0-9]*(?:-[a-z0-9]+)*\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)['"`]/g),
  ].map((m) => m[1] ?? '');
}

describe('the catalogue', () => {
  it('is zh-CN and en-US, each sentence in both', () => {
    expect(LOCALES.sort()).toEqual(['en-US', 'zh-CN']);
    for (const area of AREAS)
      for (const [id, sentence] of Object.entries(area))
        expect([id, Object.keys(sentence).sort()]).toEqual([id, ['en', 'zh']]);
  });

  it('has no id in two areas', () => {
    const ids = AREAS.flatMap((area) => Object.keys(area));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(Object.keys(CATALOGUES['zh-CN'])).toHaveLength(ids.length);
  });

  it.each(Object.keys(CATALOGUES['zh-CN']))('%s has the same placeholders in both languages', (key) => {
    expect(placeholders(lookup('en-US', key) ?? '')).toEqual(placeholders(lookup('zh-CN', key) ?? ''));
  });

  it('has no empty message; zh-CN is Chinese and en-US has no Chinese', () => {
    for (const [key, text] of Object.entries(CATALOGUES['zh-CN'])) {
      expect([key, text.trim().length > 0]).toEqual([key, true]);
      expect([key, /[\u4e00-\u9fff]/.test(text)]).toEqual([key, true]);
    }
    for (const [key, text] of Object.entries(CATALOGUES['en-US'])) {
      expect([key, text.trim().length > 0]).toEqual([key, true]);
      expect([key, /[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]/.test(text)]).toEqual([key, false]);
    }
  });
});

describe('formatMessage', () => {
  it('fills placeholders from the data', () => {
    expect(formatMessage('score-range.above', { score: 12, weight: 10 })).toBe('得分 12 超过分值 10。');
    expect(formatMessage('score-range.above', { score: 12, weight: 10 }, 'en-US')).toBe(
      'Score 12 exceeds the weight 10.',
    );
    // What to do, and where, is said when the cell is known.
    expect(formatMessage('score-range.above', { score: 12, weight: 10, at: 'H22' })).toBe(
      '得分 12 超过分值 10；请在 H22 改为不超过 10 的得分。',
    );
  });

  it('resolves `@field.x` data values per locale', () => {
    expect(formatMessage('required.missing', { field: '@field.target' })).toBe('年度指标值未填写。');
    expect(formatMessage('required.missing', { field: '@field.target' }, 'en-US')).toBe('Target is empty.');
    expect(formatMessage('required.missing', { field: '@field.unit' }, 'zh-CN')).toBe('预算单位名称未填写。');
    expect(formatMessage('required.missing', { field: '@field.unit' }, 'en-US')).toBe(
      'Budget unit name is empty.',
    );
  });

  it('resolves every kind of @-reference the rules use', () => {
    const data = { level2: '成本指标', expected: '@level.output', actual: '@level.effect' };
    expect(formatMessage('indicator-category.wrong-level', data)).toBe(
      '二级指标“成本指标”应属于产出指标，却填在效益指标下。',
    );
    expect(formatMessage('indicator-category.wrong-level', data, 'en-US')).toBe(
      'Second-level "成本指标" belongs under Output indicators, not Effect indicators.',
    );
    const method = { rate: '95%', method: '@method.step10', expected: '9', actual: '10' };
    expect(formatMessage('exec-score.mismatch', method, 'en-US')).toContain('(in steps of 10 %)');
    expect(formatMessage('exec-score.mismatch', method)).toContain('（按档计分）');
  });

  it('leaves an unknown placeholder visible and keeps a number as typed', () => {
    expect(formatMessage('score-range.above', { score: 0.5 })).toBe('得分 0.5 超过分值 {weight}。');
  });

  it('renders a Said inside a message in the same language, and a SaidError in the reader’s', () => {
    const field = said('field.target');
    expect(formatMessage('required.missing', { field })).toBe('年度指标值未填写。');
    expect(formatMessage('required.missing', { field }, 'en-US')).toBe('Target is empty.');
    const error = new SaidError(said('required.missing', { field }));
    expect([error.message, error.in('en-US')]).toEqual(['年度指标值未填写。', 'Target is empty.']);
  });

  it('leaves a reference to no entry as it is written', () => {
    expect(formatMessage('required.missing', { field: '@no-such.field' })).toBe('@no-such.field未填写。');
  });
});

/**
 * What a rule reports is typed (each rule declares its `messages`, and test/domain/conformance.test.ts gives
 * every findings id one owner); the names a finding refers to with `@id` are built from data, and checked here.
 */
describe('every name a finding refers to with @id exists', () => {
  it.each(LOCALES)(
    '%s has every id built from a template (@method, @level, @achievement, @column, @field)',
    (locale) => {
      const built = [
        ...['linear', 'step10', 'rounded'].map((m) => `method.${m}`),
        ...['output', 'effect', 'satisfaction'].map((l) => `level.${l}`),
        ...['achieved', 'partial', 'not-achieved'].map((a) => `achievement.${a}`),
        ...['initial', 'budget', 'spent', 'previous', 'actual'].map((c) => `column.${c}`),
        ...['unit', 'project', 'budget', 'spent', 'target', 'result', 'weight', 'score'].map(
          (f) => `field.${f}`,
        ),
      ];
      expect(built.filter((id) => lookup(locale, id) === undefined)).toEqual([]);
    },
  );

  it.each(LOCALES)(
    '%s has every reason value-number can print (the `value.*` ids of src/domain/values)',
    (locale) => {
      // value-number renders `@${value.reason}`: a reason missing from the catalogue shows up raw.
      const reasons = [
        ...new Set(
          readdirSync(join(DOMAIN, 'values'))
            .flatMap((file) => messageIdLiterals(source('values', file)))
            .filter((id) => id.startsWith('value.')),
        ),
      ];
      expect(reasons.length).toBeGreaterThan(0);
      expect(reasons.filter((id) => lookup(locale, id) === undefined)).toEqual([]);
    },
  );

  it('is named in the rules with ref(), which TypeScript checks against the catalogue, never as a raw @-text', () => {
    const raw = readdirSync(join(DOMAIN, 'rules')).flatMap((file) =>
      [...source('rules', file).matchAll(/['"`]@[a-z][^'"`]*/g)].map((m) => `${file}: ${m[0]}`),
    );
    expect(raw).toEqual([]);
  });
});
