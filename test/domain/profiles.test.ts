/** Built-in profiles (domain.md §8) and a bureau's own profile file (src/domain/profiles/schema.ts). */
import {
  BUILTIN_PROFILES,
  GUANGXI,
  HEBEI_LOCAL,
  HUNAN,
  NATIONAL,
  SICHUAN,
  builtinProfile,
} from '../../src/domain/profiles/builtin';
import { parseProfile, parseProfileText, type ProfileResult } from '../../src/domain/profiles/schema';
import type { Profile } from '../../src/domain/profiles/types';
import { RULES } from '../../src/domain/rules';

const RULE_IDS = RULES.map((r) => r.id);

function ok(result: ProfileResult): Profile {
  if (!result.ok) throw new Error(`expected a valid profile, got: ${result.errors.join(' | ')}`);
  return result.profile;
}

function errors(result: ProfileResult): readonly string[] {
  if (result.ok) throw new Error('expected errors, got a valid profile');
  return result.errors;
}

const CJK = /[\u4e00-\u9fff]/;

describe('built-in profiles (domain.md §8)', () => {
  const grades = (p: Profile): string => p.grades.map((g) => `${String(g.min)}${g.label}`).join('/');

  it('are national, hunan, hebei-local, guangxi and sichuan, with unique ids', () => {
    expect(BUILTIN_PROFILES.map((p) => p.id)).toEqual([
      'national',
      'hunan',
      'hebei-local',
      'guangxi',
      'sichuan',
    ]);
    for (const p of BUILTIN_PROFILES) expect(builtinProfile(p.id)).toBe(p);
    expect(builtinProfile('nowhere')).toBeUndefined();
  });

  // setting               national     hunan        hebei-local      guangxi      sichuan
  it.each([
    ['national', NATIONAL, [10, 50, 30, 10], 'linear', 1.2, 'ratio', '90优/80良/60中/0差', null],
    ['hunan', HUNAN, [10, 50, 30, 10], 'linear', 1.2, 'ratio', '90优/80良/60中/0差', null],
    [
      'hebei-local',
      HEBEI_LOCAL,
      [10, 40, 40, 10],
      'step10',
      1.2,
      'linear',
      '85优秀/75良好/60一般/0较差',
      null,
    ],
    ['guangxi', GUANGXI, [10, 50, 30, 10], 'linear', 1.3, 'linear', '90优/80良/60中/0差', null],
    ['sichuan', SICHUAN, [10, null, null, null], 'linear', 1.2, 'ratio', '90优/80良/60中/0差', 0.9],
  ] as const)('%s matches the table', (_id, profile, weights, scoring, k, lower, bands, reasonBelow) => {
    const [execution, output, effect, satisfaction] = weights;
    expect(profile.executionWeight).toBe(execution);
    if (output === null) expect(profile.levelWeights).toBeNull();
    else expect(profile.levelWeights).toEqual({ output, effect, satisfaction });
    expect(profile.executionScoring).toBe(scoring);
    expect(profile.overAchievementFactor).toBe(k);
    expect(profile.lowerIsBetter).toBe(lower);
    expect(grades(profile)).toBe(bands);
    expect(profile.reasonRequiredBelowRate).toBe(reasonBelow);
  });

  it('split 100 points: 执行率 + 一级 weights = 100 (sichuan fixes only 10 + 90)', () => {
    for (const p of BUILTIN_PROFILES) {
      const levels = p.levelWeights;
      const sum = p.executionWeight + (levels ? levels.output + levels.effect + levels.satisfaction : 90);
      expect(sum).toBe(100);
    }
  });

  it('list grade bands highest first, ending at 0, and override no severity', () => {
    for (const p of BUILTIN_PROFILES) {
      const mins = p.grades.map((g) => g.min);
      expect(mins).toEqual([...mins].sort((a, b) => b - a));
      expect(mins.at(-1)).toBe(0);
      expect(p.severities).toEqual({});
      expect(p.name).toMatch(CJK);
    }
  });

  it('round-trip through parseProfile by extending themselves', () => {
    for (const p of BUILTIN_PROFILES) {
      const parsed = ok(parseProfile({ extends: p.id, id: p.id, name: p.name }, RULE_IDS));
      expect(parsed).toEqual(p);
    }
  });
});

describe('parseProfile: a bureau’s own profile', () => {
  it('accepts the minimal bureau profile and inherits everything from its base', () => {
    const profile = ok(parseProfile({ extends: 'hebei-local', id: 'xx-bureau', name: '某某区财政局' }));
    expect(profile).toEqual({ ...HEBEI_LOCAL, id: 'xx-bureau', name: '某某区财政局' });
    expect(profile.levelWeights).toEqual({ output: 40, effect: 40, satisfaction: 10 });
    expect(profile.executionScoring).toBe('step10');
    expect(profile.grades.map((g) => g.label)).toEqual(['优秀', '良好', '一般', '较差']);
  });

  it('extends national when no base is named', () => {
    const profile = ok(parseProfile({ id: 'plain', name: '某县财政局' }));
    expect(profile).toEqual({ ...NATIONAL, id: 'plain', name: '某县财政局' });
  });

  it('inherits sichuan’s 90 % reason threshold and may clear it with null', () => {
    expect(ok(parseProfile({ extends: 'sichuan', id: 'sc-x' })).reasonRequiredBelowRate).toBe(0.9);
    expect(
      ok(parseProfile({ extends: 'sichuan', id: 'sc-x', reasonRequiredBelowRate: null }))
        .reasonRequiredBelowRate,
    ).toBeNull();
    expect(ok(parseProfile({ id: 'x', reasonRequiredBelowRate: 0.85 })).reasonRequiredBelowRate).toBe(0.85);
  });

  it('applies every override', () => {
    const profile = ok(
      parseProfile(
        {
          $schema: './profile.schema.json',
          extends: 'national',
          id: 'gx-city',
          name: '某市财政局',
          version: 3,
          levelWeights: { output: 40, effect: 40, satisfaction: 10 },
          executionScoring: 'rounded',
          overAchievementFactor: 1.5,
          lowerIsBetter: 'linear',
          grades: [
            { min: 60, label: '合格' },
            { min: 0, label: '不合格' },
            { min: 90, label: '优秀' },
          ],
          reasonRequiredBelowRate: 0.8,
          budgetAdjustmentThreshold: 0.3,
          scoreTolerance: 0.5,
          scoreCaps: [{ rateBelow: 0.6, maxTotal: 69 }],
          severities: { 'weight-level': 'off', grade: 'error', typo: 'warning' },
        },
        RULE_IDS,
      ),
    );
    expect(profile).toEqual({
      id: 'gx-city',
      name: '某市财政局',
      version: 3,
      executionWeight: 10,
      levelWeights: { output: 40, effect: 40, satisfaction: 10 },
      executionScoring: 'rounded',
      overAchievementFactor: 1.5,
      lowerIsBetter: 'linear',
      grades: [
        { min: 90, label: '优秀' },
        { min: 60, label: '合格' },
        { min: 0, label: '不合格' },
      ],
      reasonRequiredBelowRate: 0.8,
      budgetAdjustmentThreshold: 0.3,
      scoreTolerance: 0.5,
      scoreCaps: [{ rateBelow: 0.6, maxTotal: 69 }],
      severities: { 'weight-level': 'off', grade: 'error', typo: 'warning' },
    });
  });

  it('accepts levelWeights null (only the sum is fixed)', () => {
    expect(ok(parseProfile({ id: 'x', levelWeights: null })).levelWeights).toBeNull();
  });

  it('accepts a 20-point execution weight with a matching split', () => {
    const profile = ok(
      parseProfile({
        id: 'x',
        executionWeight: 20,
        levelWeights: { output: 40, effect: 30, satisfaction: 10 },
      }),
    );
    expect(profile.executionWeight).toBe(20);
  });

  describe('bad input: a Chinese message naming the field', () => {
    const cases: readonly (readonly [string, unknown, string])[] = [
      ['unknown extends', { extends: 'beijing', id: 'x' }, 'extends'],
      ['unknown key', { id: 'x', colour: 'red' }, 'colour'],
      [
        'weights not summing to 100',
        { id: 'x', levelWeights: { output: 50, effect: 30, satisfaction: 20 } },
        'levelWeights',
      ],
      [
        'a level weight that is no number',
        { id: 'x', levelWeights: { output: '50', effect: 30, satisfaction: 10 } },
        'levelWeights.output',
      ],
      [
        'an unknown level',
        { id: 'x', levelWeights: { output: 50, effect: 30, satisfaction: 10, cost: 0 } },
        'levelWeights.cost',
      ],
      ['levelWeights not an object', { id: 'x', levelWeights: [50, 30, 10] }, 'levelWeights'],
      [
        'grades without min 0',
        {
          id: 'x',
          grades: [
            { min: 90, label: '优' },
            { min: 60, label: '中' },
          ],
        },
        'grades',
      ],
      ['an empty grades list', { id: 'x', grades: [] }, 'grades'],
      [
        'a grade band without label',
        { id: 'x', grades: [{ min: 90 }, { min: 0, label: '差' }] },
        'grades[0]',
      ],
      [
        'a grade band above 100',
        {
          id: 'x',
          grades: [
            { min: 190, label: '优' },
            { min: 0, label: '差' },
          ],
        },
        'grades[0]',
      ],
      ['bad severity value', { id: 'x', severities: { grade: 'fatal' } }, 'severities.grade'],
      ['severities not an object', { id: 'x', severities: 'off' }, 'severities'],
      ['bad executionScoring', { id: 'x', executionScoring: 'quadratic' }, 'executionScoring'],
      ['bad lowerIsBetter', { id: 'x', lowerIsBetter: 'inverse' }, 'lowerIsBetter'],
      ['k below 1', { id: 'x', overAchievementFactor: 0.8 }, 'overAchievementFactor'],
      ['k as text', { id: 'x', overAchievementFactor: '1.3' }, 'overAchievementFactor'],
      ['execution weight above 100', { id: 'x', executionWeight: 120 }, 'executionWeight'],
      ['a rate threshold above 1', { id: 'x', reasonRequiredBelowRate: 90 }, 'reasonRequiredBelowRate'],
      ['an id with capitals and spaces', { id: 'My Bureau' }, 'id'],
      ['an empty name', { id: 'x', name: '  ' }, 'name'],
      ['scoreCaps not an array', { id: 'x', scoreCaps: { rateBelow: 0.8 } }, 'scoreCaps'],
      ['a bad score cap', { id: 'x', scoreCaps: [{ rateBelow: 80, maxTotal: 89 }] }, 'scoreCaps[0]'],
      ['a version of 0', { id: 'x', version: 0 }, 'version'],
    ];

    it.each(cases)('%s', (_name, input, field) => {
      const found = errors(parseProfile(input));
      expect(found.some((e) => e.startsWith(`${field}：`))).toBe(true);
      for (const e of found) expect(e).toMatch(CJK);
    });

    it('a non-object', () => {
      for (const input of [null, 42, 'national', [], [{ id: 'x' }], true, undefined]) {
        const found = errors(parseProfile(input));
        expect(found).toHaveLength(1);
        expect(found[0]).toMatch(/JSON 对象/);
      }
    });

    it('an unknown rule id, when the known ids are passed', () => {
      const found = errors(parseProfile({ id: 'x', severities: { 'no-such-rule': 'off' } }, RULE_IDS));
      expect(found).toEqual([expect.stringMatching(/^severities\.no-such-rule：.*没有这条规则/)]);
      // Without the list of known ids, any id is accepted.
      expect(ok(parseProfile({ id: 'x', severities: { 'no-such-rule': 'off' } })).severities).toEqual({
        'no-such-rule': 'off',
      });
    });

    it('an execution weight that breaks the inherited split of 100', () => {
      // 20 + 50 + 30 + 10 = 110: no form could follow this profile and pass weight-total (domain.md §3).
      const found = errors(parseProfile({ extends: 'national', id: 'x', executionWeight: 20 }));
      expect(found.some((e) => /^(executionWeight|levelWeights)：/.test(e) && e.includes('100'))).toBe(true);
    });

    it('collects every error, not just the first', () => {
      const found = errors(
        parseProfile(
          {
            extends: 'beijing',
            id: 'Bad Id',
            colour: 'red',
            executionScoring: 'quadratic',
            levelWeights: { output: 60, effect: 30, satisfaction: 10 },
            grades: [{ min: 90, label: '优' }],
            severities: { grade: 'fatal', 'no-such-rule': 'off' },
          },
          RULE_IDS,
        ),
      );
      for (const field of [
        'extends',
        'id',
        'colour',
        'executionScoring',
        'levelWeights',
        'grades',
        'severities.grade',
        'severities.no-such-rule',
      ])
        expect(found.filter((e) => e.startsWith(`${field}：`))).not.toHaveLength(0);
      expect(found.length).toBeGreaterThanOrEqual(8);
    });
  });
});

describe('parseProfile in English', () => {
  it('says every problem in English when asked, naming the same settings', () => {
    const input = { id: 'Bad Id', executionWeight: 120, colour: 'red', grades: [{ min: 90, label: 'A' }] };
    const zh = errors(parseProfile(input));
    const en = errors(parseProfile(input, [], 'en-US'));
    expect(en).toHaveLength(zh.length);
    expect(en).toEqual(
      expect.arrayContaining([
        'id: only lower-case letters, digits and hyphens.',
        'executionWeight: must be a number from 0 to 100.',
        'colour: not a setting a profile has.',
        'grades: needs a band with "min": 0, so that every total has a grade.',
      ]),
    );
    for (const e of en) expect(e).not.toMatch(CJK);
    expect(errors(parseProfileText('{', [], 'en-US'))[0]).toMatch(/^The profile file is not valid JSON: /);
  });
});

describe('parseProfileText', () => {
  it('parses the minimal bureau profile from its file text, BOM and all', () => {
    const text = '\uFEFF{ "extends": "hebei-local", "id": "xx-bureau", "name": "某某区财政局" }\n';
    expect(ok(parseProfileText(text))).toEqual({ ...HEBEI_LOCAL, id: 'xx-bureau', name: '某某区财政局' });
  });

  it('reports invalid JSON in Chinese', () => {
    for (const text of ['{ "id": "x", }', '', 'extends: hebei-local', '{"id": "x"']) {
      const found = errors(parseProfileText(text));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^配置文件不是有效的 JSON/);
    }
  });

  it('passes the known rule ids on', () => {
    const found = errors(parseProfileText('{ "id": "x", "severities": { "nope": "off" } }', RULE_IDS));
    expect(found).toEqual([expect.stringMatching(/^severities\.nope：/)]);
  });

  it('reports valid JSON that is not an object', () => {
    expect(errors(parseProfileText('[1, 2]'))[0]).toMatch(/JSON 对象/);
    expect(errors(parseProfileText('"hebei-local"'))[0]).toMatch(/JSON 对象/);
  });
});
