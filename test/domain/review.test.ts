/** The engine itself (DESIGN "Shapes worth copying"; domain.md §4 总分): review() around the rules. */
import { toA1 } from '../../src/domain/cells';
import { SEVERITY_ORDER, type Finding } from '../../src/domain/findings';
import type { Form } from '../../src/domain/form';
import { NATIONAL } from '../../src/domain/profiles/builtin';
import type { Profile } from '../../src/domain/profiles/types';
import { INTERNAL_ERROR, review, sortFindings } from '../../src/domain/review';
import { RULES, ruleById } from '../../src/domain/rules';
import type { FormRule, Rule, WorkbookRule } from '../../src/domain/rules/types';
import { buildForm, cleanForm } from './helpers/form-builder';

const META = {
  title: '测试规则',
  titleEn: 'Test rule',
  rationale: '仅用于测试。',
  source: 'test',
  messages: [],
} as const;

function formRule(id: string, check: FormRule['check'], extra: Partial<FormRule> = {}): FormRule {
  return { ...META, id, scope: 'form', severity: 'warning', check, ...extra };
}

function rule(id: string): Rule {
  const found = ruleById(id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

const at = (f: Finding): string => `${f.rule}@${f.cell ? toA1(f.cell) : '-'}`;

/** cleanForm with one row scored above its weight (score-range at H22) and a 总分 that ignores it (score-total at H27). */
function overScored(): Form {
  return cleanForm({
    indicators: [
      ['产出指标', '数量指标', '培训人数', '≥100人', '100人', 20, 20],
      ['', '质量指标', '合格率', '≥95%', '98%', 10, 12],
      ['', '时效指标', '按时完成率', '100%', '100%', 10, 10],
      ['', '成本指标', '成本控制', '≤100万元', '96万元', 10, 10],
      ['效益指标', '社会效益指标', '服务群众', '显著提升', '显著提升', 30, 30],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, 10],
    ],
    total: { weight: 100, score: 100, grade: '优' },
  });
}

describe('review()', () => {
  it('returns nothing for no forms', () => {
    expect(review([])).toEqual({ forms: [], findings: [] });
    expect(review([], NATIONAL, { locale: 'en-US' })).toEqual({ forms: [], findings: [] });
  });

  it('finds nothing on the clean baseline form with the full rule set', () => {
    expect(review([cleanForm()]).findings.map(at)).toEqual([]);
  });

  describe('a rule that throws', () => {
    const boom = formRule('boom', () => {
      throw new Error('kaputt');
    });

    it('becomes one internal-error finding that names the rule, and other rules still run', () => {
      const { findings } = review([overScored()], NATIONAL, { rules: [boom, rule('score-range')] });
      const internal = findings.filter((f) => f.rule === INTERNAL_ERROR);
      expect(internal).toHaveLength(1);
      expect(internal[0]).toMatchObject({
        rule: 'internal-error',
        severity: 'error',
        cell: null,
        sheet: 'Sheet1',
      });
      expect(internal[0]?.message).toContain('boom');
      expect(internal[0]?.message).toContain('kaputt');
      expect(findings.filter((f) => f.rule === 'score-range').map(at)).toEqual(['score-range@H22']);
    });

    it('does not stop the rules after it, nor the full catalogue', () => {
      const { findings } = review([overScored()], NATIONAL, { rules: [boom, ...RULES] });
      expect(findings.filter((f) => f.rule === INTERNAL_ERROR)).toHaveLength(1);
      expect(findings.map(at)).toEqual(
        expect.arrayContaining(['score-range@H22', 'score-total@H27', 'internal-error@-']),
      );
    });

    it('gives one internal-error per form it fails on, on that form', () => {
      const forms = [cleanForm({ sheet: 'A' }), cleanForm({ sheet: 'B' })];
      const result = review(forms, NATIONAL, { rules: [boom] });
      expect(result.forms.map((r) => r.findings.map((f) => [f.rule, f.sheet]))).toEqual([
        [[INTERNAL_ERROR, 'A']],
        [[INTERNAL_ERROR, 'B']],
      ]);
    });

    it('also catches a thrown non-Error value and a failing workbook rule', () => {
      const thrower = formRule('throws-text', () => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- a rule may throw anything
        throw 'just text';
      });
      const workbook: WorkbookRule = {
        ...META,
        id: 'workbook-boom',
        scope: 'workbook',
        severity: 'error',
        check: () => {
          throw new TypeError('no forms');
        },
      };
      const { findings } = review([cleanForm({ sheet: 'A' }), cleanForm({ sheet: 'B' })], NATIONAL, {
        rules: [thrower, workbook],
      });
      const messages = findings.map((f) => [f.rule, f.sheet, f.message]);
      expect(messages).toHaveLength(3);
      expect(findings.every((f) => f.rule === INTERNAL_ERROR && f.severity === 'error')).toBe(true);
      expect(
        findings.filter((f) => f.message.includes('throws-text') && f.message.includes('just text')),
      ).toHaveLength(2);
      expect(findings.filter((f) => f.message.includes('workbook-boom')).map((f) => f.sheet)).toEqual(['A']);
    });

    it('renders the internal error in English under en-US', () => {
      const { findings } = review([cleanForm()], NATIONAL, { rules: [boom], locale: 'en-US' });
      expect(findings[0]?.message).toMatch(/^Rule boom failed: kaputt\./);
    });
  });

  describe('profile severities', () => {
    const withSeverities = (severities: Profile['severities']): Profile => ({ ...NATIONAL, severities });

    it('uses the rule’s default severity when the profile says nothing', () => {
      const { findings } = review([overScored()], NATIONAL, { rules: [rule('score-range')] });
      expect(findings.map((f) => [at(f), f.severity])).toEqual([['score-range@H22', 'error']]);
    });

    it('an override changes the finding’s severity', () => {
      const profile = withSeverities({ 'score-range': 'warning', 'score-total': 'info' });
      const { findings } = review([overScored()], profile, {
        rules: [rule('score-range'), rule('score-total')],
      });
      expect(findings.map((f) => [at(f), f.severity])).toEqual([
        ['score-range@H22', 'warning'],
        ['score-total@H27', 'info'],
      ]);
    });

    it("'off' silences the rule and leaves the others alone", () => {
      const profile = withSeverities({ 'score-range': 'off' });
      const { findings } = review([overScored()], profile);
      expect(findings.map((f) => f.rule)).not.toContain('score-range');
      expect(findings.map((f) => f.rule)).toContain('score-total');
    });

    it('an override wins over a case-dependent severity (fund-sum’s rounding-slip warning)', () => {
      const slip = cleanForm({
        breakdowns: [
          {
            label: '按收入性质分',
            lines: [
              ['一般公共预算', 60],
              ['其他资金', 39.99],
            ],
          },
        ],
      });
      const byDefault = review([slip], NATIONAL, { rules: [rule('fund-sum')] }).findings;
      expect(byDefault.map((f) => [at(f), f.severity])).toEqual([['fund-sum@D4', 'warning']]);
      const overridden = review([slip], withSeverities({ 'fund-sum': 'info' }), {
        rules: [rule('fund-sum')],
      });
      expect(overridden.findings.map((f) => [at(f), f.severity])).toEqual([['fund-sum@D4', 'info']]);
    });
  });

  describe('kinds', () => {
    it('runs a rule only on the form kinds it lists', () => {
      const everywhere = formRule('everywhere', (context) =>
        context.report({ cell: null, messageId: 'typo.known' }),
      );
      const basicOnly = formRule(
        'basic-only',
        (context) => context.report({ cell: null, messageId: 'typo.known' }),
        {
          kinds: ['basic'],
        },
      );
      const forms: Form[] = [
        cleanForm({ sheet: '项目' }),
        cleanForm({ sheet: '整体', kind: 'overall' }),
        { kind: 'basic', sheet: '基础', indicators: [], basic: { expenses: [], buildings: [] } },
      ];
      const result = review(forms, NATIONAL, { rules: [everywhere, basicOnly] });
      expect(result.forms.map((r) => r.findings.map((f) => f.rule))).toEqual([
        ['everywhere'],
        ['everywhere'],
        ['everywhere', 'basic-only'],
      ]);
    });

    it('keeps project-form rules off the 基础数据表', () => {
      const basic: Form = {
        kind: 'basic',
        sheet: '基础',
        indicators: [
          {
            row: 20,
            level3: { row: 20, col: 3, value: '合格率' },
            result: { row: 20, col: 5, value: '≥90%' },
          },
        ],
        basic: { expenses: [], buildings: [] },
      };
      expect(review([basic], NATIONAL, { rules: [rule('value-comparator')] }).findings).toEqual([]);
      expect(
        review([{ ...basic, kind: 'project' }], NATIONAL, { rules: [rule('value-comparator')] }).findings,
      ).toHaveLength(1);
    });
  });

  describe('locale', () => {
    const CJK = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]/;

    it('renders English messages under en-US', () => {
      const { findings } = review([overScored()], NATIONAL, {
        rules: [rule('score-range')],
        locale: 'en-US',
      });
      expect(findings[0]?.message).toBe('Score 12 exceeds the weight 10: enter at most 10 in H22.');
      expect(findings[0]?.message).not.toMatch(CJK);
    });

    it('resolves @-references in the data per locale (execution method, field names)', () => {
      const form = cleanForm({
        name: '',
        execution: { initial: 100, budget: 100, spent: 90, weight: 10, rate: '90%', score: 10 },
      });
      const rules = [rule('exec-score'), rule('required')];
      const en = review([form], NATIONAL, { rules, locale: 'en-US' }).findings;
      expect(en.map((f) => f.message)).toEqual([
        'Project name is empty: fill in B2.',
        'Execution score is 10; rate 90.00% (proportional) gives 9: correct H4.',
      ]);
      for (const f of en) expect(f.message).not.toMatch(CJK);
      const zh = review([form], NATIONAL, { rules }).findings;
      expect(zh.map((f) => f.message)).toEqual([
        '项目名称未填写；请在 B2 填写。',
        '执行率得分填写为 10，按执行率 90.00%（按比例计分）应为 9 分；请在 H4 改正。',
      ]);
      expect(en.map((f) => f.data)).toEqual(zh.map((f) => f.data));
    });

    it('defaults to zh-CN', () => {
      const { findings } = review([overScored()], NATIONAL, { rules: [rule('score-range')] });
      expect(findings[0]?.message).toBe('得分 12 超过分值 10；请在 H22 改为不超过 10 的得分。');
    });
  });

  describe('order of findings', () => {
    it('sorts each form’s findings by severity, then row, then column', () => {
      const messy = buildForm({
        name: '',
        execution: { initial: 50, budget: 100, spent: 120, weight: 10, rate: '50%', score: 12 },
        indicators: [
          ['产出', '数量指标', '培训人数', '≥100人', '≥120人', 30, 35],
          ['', '效益指标', '安全成产事故', '≥0起', '2起', 20, 20],
          ['满意度', '满意度', '满意度', '≥90%', '80%', 10, 10, '无'],
        ],
        total: { weight: 90, score: 60, grade: '良' },
      });
      const { findings } = review([messy]);
      expect(findings.length).toBeGreaterThan(8);
      for (let i = 1; i < findings.length; i++) {
        const a = findings[i - 1];
        const b = findings[i];
        if (!a || !b) throw new Error('missing finding');
        const key = (f: Finding) =>
          [SEVERITY_ORDER[f.severity], f.cell?.row ?? -1, f.cell?.col ?? -1] as const;
        const [sa, ra, ca] = key(a);
        const [sb, rb, cb] = key(b);
        expect(sa < sb || (sa === sb && (ra < rb || (ra === rb && ca <= cb)))).toBe(true);
      }
      expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['error', 'warning', 'info']));
    });

    it('sortFindings puts form-level findings first within a severity and does not mutate its input', () => {
      const f = (rule: string, severity: Finding['severity'], cell: Finding['cell']): Finding => ({
        rule,
        severity,
        cell,
        sheet: 'S',
        messageId: 'typo.known',
        data: {},
        message: '',
      });
      const input = [
        f('a', 'info', { row: 0, col: 0 }),
        f('b', 'warning', { row: 5, col: 2 }),
        f('c', 'error', { row: 9, col: 1 }),
        f('d', 'warning', { row: 5, col: 1 }),
        f('e', 'error', null),
        f('f', 'warning', { row: 3, col: 9 }),
        f('g', 'error', { row: 9, col: 0 }),
      ];
      const copy = [...input];
      expect(sortFindings(input).map((x) => x.rule)).toEqual(['e', 'g', 'c', 'f', 'd', 'b', 'a']);
      expect(input).toEqual(copy);
    });

    it('lists all findings form by form', () => {
      const forms = [overScored(), { ...overScored(), sheet: 'Sheet2' }];
      const result = review(forms);
      expect(result.findings).toEqual([
        ...(result.forms[0]?.findings ?? []),
        ...(result.forms[1]?.findings ?? []),
      ]);
      expect(result.forms.map((r) => r.form)).toEqual(forms);
    });
  });

  describe('computed total (domain.md §4: 总分 = 执行率得分 + Σ 指标得分)', () => {
    it('adds the computed execution score to the stated scores of applicable rows', () => {
      // 80 of 100 spent: linear 8 points, though the form states 10.
      const form = buildForm({
        execution: { initial: 100, budget: 100, spent: 80, weight: 10, rate: '80%', score: 10 },
        indicators: [
          ['产出指标', '数量指标', '培训人数', '≥100人', '90人', 40, 36, '报名人数不足'],
          ['', '质量指标', '合格率', '≥95%', '98%', 10, 9.5],
          ['效益指标', '生态效益指标', '不适用', '不适用', '不适用', 5, 5],
          ['', '社会效益指标', '服务群众', '显著提升', '显著提升', 30, 28.25],
          ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '92%', 10, 0],
        ],
      });
      const { analysis } = review([form]).forms[0] ?? {};
      expect(analysis?.execution.score).toBe(8);
      expect(analysis?.total).toBe(8 + 36 + 9.5 + 28.25 + 0);
      expect(analysis?.grade).toBe('良');
    });

    it('gives no total and no grade while a weighted row has no score, or for the fund part alone', () => {
      const unscored = buildForm({
        execution: { initial: 100, budget: 100, spent: 100, weight: 10, rate: '100%', score: 10 },
        indicators: [
          ['产出指标', '数量指标', '培训人数', '≥100人', '120人', 50, 50],
          ['效益指标', '社会效益指标', '服务群众', '显著提升', '显著提升', 30, 30],
          ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '', 10, null],
        ],
      });
      const fundOnly = buildForm({
        execution: { initial: 100, budget: 100, spent: 100, weight: 10, rate: '100%', score: 10 },
        indicators: [],
      });
      for (const form of [unscored, fundOnly]) {
        const { analysis } = review([form]).forms[0] ?? {};
        expect([analysis?.execution.score, analysis?.total, analysis?.grade]).toEqual([10, null, null]);
      }
      expect(review([unscored]).forms[0]?.analysis.unscoredRows).toBe(1);
    });

    it('uses the stated execution score when the budget is missing', () => {
      const form = buildForm({
        execution: { spent: 80, weight: 10, score: 9 },
        indicators: [
          ['产出指标', '数量指标', '培训人数', '≥100人', '100人', 50, 50],
          ['效益指标', '社会效益指标', '服务群众', '显著提升', '显著提升', 30, 29],
        ],
      });
      const { analysis } = review([form]).forms[0] ?? {};
      expect(analysis?.execution.rate).toBeNull();
      expect(analysis?.execution.score).toBeNull();
      expect(analysis?.execution.enteredScore).toBe(9);
      expect(analysis?.total).toBe(9 + 50 + 29);
    });

    it('is null when there is nothing to add', () => {
      const { analysis } = review([buildForm({ indicators: [] })]).forms[0] ?? {};
      expect(analysis?.total).toBeNull();
      expect(analysis?.grade).toBeNull();
    });

    it('rounds to 2 decimals', () => {
      const form = buildForm({
        execution: { budget: 3, spent: 1, weight: 10 },
        indicators: [['产出指标', '数量指标', '培训人数', '≥100人', '100人', 90, 90]],
      });
      expect(review([form]).forms[0]?.analysis.total).toBe(93.33);
    });
  });

  describe('workbook rules', () => {
    it('run once over all forms and file a finding under the sheet they name', () => {
      const calls: number[] = [];
      const workbook: WorkbookRule = {
        ...META,
        id: 'workbook',
        scope: 'workbook',
        severity: 'error',
        check: (context) => {
          calls.push(context.forms.length);
          context.report({ sheet: 'B', cell: { row: 1, col: 1 }, messageId: 'typo.known' });
          context.report({ cell: null, messageId: 'typo.known' });
        },
      };
      const result = review([cleanForm({ sheet: 'A' }), cleanForm({ sheet: 'B' })], NATIONAL, {
        rules: [workbook],
      });
      expect(calls).toEqual([2]);
      expect(result.forms.map((r) => r.findings.map((f) => [f.sheet, f.cell ? toA1(f.cell) : null]))).toEqual(
        [[['A', null]], [['B', 'B2']]],
      );
    });
  });
});
