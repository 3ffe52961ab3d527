/**
 * The worked cases of domain.md §9 (other than seed 004 附件2, see seed-004.test.ts), each built as a form and
 * reviewed with the full rule set.
 */
import { toA1, type CellValue, type FormCell } from '../../src/domain/cells';
import type { Finding } from '../../src/domain/findings';
import type { Form } from '../../src/domain/form';
import { round } from '../../src/domain/numbers';
import { HEBEI_LOCAL, NATIONAL } from '../../src/domain/profiles/builtin';
import type { Profile } from '../../src/domain/profiles/types';
import { review, type FormReview } from '../../src/domain/review';
import { buildForm, cleanForm } from './helpers/form-builder';

interface Seen {
  readonly rule: string;
  readonly severity: string;
  readonly cell: string | null;
}

const seen = (f: Finding): Seen => ({
  rule: f.rule,
  severity: f.severity,
  cell: f.cell ? toA1(f.cell) : null,
});

function reviewOne(form: Form, profile: Profile): FormReview {
  const result = review([form], profile);
  const first = result.forms[0];
  if (!first) throw new Error('review returned no form');
  return first;
}

/**
 * Seed 003 (桥西区东里街道办事处, 部门整体): weights 10/40/40/10. Its table states 评分标准, not values, so the
 * targets and results below are what the 评分标准 describe. 预算执行率 is its own 10-point block: the fund
 * total's weight 10 and score 10 with 执行率 100 % (107.43 of 107.43 万元). The satisfaction row scores the
 * complaint ratio (`5%以下 10 分`): 6 % under hebei-local's linear formula gives 10 × (1 − 1/5) = 8, the
 * seed's score, and its 偏差原因 is empty.
 */
function seed003(): Form {
  return buildForm({
    kind: 'overall',
    sheet: '整体支出绩效自评表',
    name: '桥西区东里街道办事处',
    execution: { initial: 107.43, budget: 107.43, spent: 107.43, weight: 10, rate: '100%', score: 10 },
    indicators: [
      ['产出指标（40分）', '数量指标', '活动项目实际完成率', '100%', '100%', 10, 10],
      ['', '质量指标', '工作资金到位率', '100%', '100%', 10, 10],
      ['', '时效指标', '活动项目完成及时率', '100%', '100%', 10, 10],
      ['', '成本指标', '不超当年预算', '不超当年预算', '107.43万元', 10, 10],
      ['效益指标（40分）', '社会效益指标', '促进社会稳定', '利于促进社会稳定', '利于促进社会稳定', 20, 20],
      ['', '可持续性影响指标', '可持续影响', '项目能够持续发挥作用', '项目能够持续发挥作用', 20, 20],
      ['满意度指标（10分）', '服务对象满意度指标', '群众满意度', '5%以下', '6%', 10, 8],
    ],
    total: { weight: 100, score: 98, grade: '优秀' },
  });
}

describe('S-003: weights 10/40/40/10, 98 points, 优秀 under its own bands', () => {
  describe('under hebei-local (its own profile)', () => {
    const { analysis, findings } = reviewOne(seed003(), HEBEI_LOCAL);

    it('computes 执行率 100 %, 执行率得分 10 (step10), 总分 98 and grade 优秀', () => {
      expect(analysis.execution.rate).toBe(1);
      expect(analysis.execution.score).toBe(10);
      expect(analysis.total).toBe(98);
      expect(analysis.enteredTotal).toBe(98);
      expect(analysis.grade).toBe('优秀');
    });

    it('sums the first levels to 40 / 40 / 10', () => {
      expect(analysis.levels.output).toMatchObject({ weight: 40, score: 40, declared: 40 });
      expect(analysis.levels.effect).toMatchObject({ weight: 40, score: 40, declared: 40 });
      expect(analysis.levels.satisfaction).toMatchObject({ weight: 10, score: 8, declared: 10 });
    });

    it('scores the satisfaction row 8 by the linear lower-is-better formula', () => {
      const satisfaction = analysis.indicators[6]?.assessment;
      expect(satisfaction).toMatchObject({
        kind: 'quantitative',
        direction: 'lower',
        expected: 8,
        shortfall: true,
      });
    });

    it('reports the satisfaction row’s lost 2 points without a cause, and nothing else', () => {
      expect(findings.map(seen)).toEqual([{ rule: 'deviation-cause', severity: 'error', cell: 'I27' }]);
      expect(findings[0]?.messageId).toBe('deviation-cause.lost-points');
      expect(findings[0]?.message).toContain('群众满意度');
    });

    it('has no grade, weight-level or score-total finding', () => {
      const rules = findings.map((f) => f.rule);
      expect(rules).not.toContain('grade');
      expect(rules).not.toContain('weight-level');
      expect(rules).not.toContain('score-total');
    });

    it('accepts the satisfaction row once a cause is stated', () => {
      const base = seed003();
      const row = base.indicators[6];
      if (!row?.cause) throw new Error('satisfaction row has no cause cell');
      const cause: FormCell = { ...row.cause, value: '部分居民对环境整治有投诉，下一步加强沟通' };
      const form: Form = { ...base, indicators: [...base.indicators.slice(0, 6), { ...row, cause }] };
      expect(reviewOne(form, HEBEI_LOCAL).findings).toEqual([]);
    });
  });

  describe('under national', () => {
    const { analysis, findings } = reviewOne(seed003(), NATIONAL);

    it('reports the 40/40 split as weight-level warnings on the 产出 and 效益 labels', () => {
      const weightLevel = findings.filter((f) => f.rule === 'weight-level');
      expect(weightLevel.map(seen)).toEqual([
        { rule: 'weight-level', severity: 'warning', cell: 'B21' },
        { rule: 'weight-level', severity: 'warning', cell: 'B25' },
      ]);
      expect(weightLevel.map((f) => [f.messageId, f.expected, f.actual])).toEqual([
        ['weight-level.mismatch', 50, 40],
        ['weight-level.mismatch', 30, 40],
      ]);
    });

    it('still sums the scores to 98 = 总分 (no score-total, no weight-total)', () => {
      expect(analysis.total).toBe(98);
      const rules = findings.map((f) => f.rule);
      expect(rules).not.toContain('score-total');
      expect(rules).not.toContain('weight-total');
    });

    it('grades 98 as 优 under national bands; the stated 优秀 names the same band, so no grade finding', () => {
      expect(analysis.grade).toBe('优');
      expect(findings.filter((f) => f.rule === 'grade')).toEqual([]);
    });

    it('reports exactly these findings (ratio formula: 10 × 5/6 = 8.33 ≠ 8)', () => {
      expect(findings.map(seen)).toEqual([
        { rule: 'deviation-cause', severity: 'error', cell: 'I27' },
        { rule: 'weight-level', severity: 'warning', cell: 'B21' },
        { rule: 'weight-level', severity: 'warning', cell: 'B25' },
        { rule: 'score-formula', severity: 'warning', cell: 'H27' },
      ]);
      expect(findings.find((f) => f.rule === 'score-formula')?.expected).toBe(8.33);
    });
  });
});

/**
 * Seed 001 (荣华街道办事处, 部门整体): 5431.28 of 5431.28 万元 spent. 信访积案化解率 target 100 %, result 30 %,
 * yet full marks and no cause in the table (the report explains it only in prose); 赴省重访率 has a 100 %
 * target although fewer repeat petitions are better.
 */
function seed001(): Form {
  return buildForm({
    kind: 'overall',
    sheet: '部门整体支出绩效自评表',
    name: '武汉市硚口区人民政府荣华街道办事处',
    execution: { initial: 5431.28, budget: 5431.28, spent: 5431.28, weight: 10, rate: '100%', score: 10 },
    indicators: [
      ['产出指标', '数量指标', '非访劝返率', '100%', '100%', 10, 10],
      ['', '质量指标', '赴省重访率', '100%', '100%', 10, 10],
      ['', '质量指标', '公共安全宣传', '完成', '完成', 10, 10],
      ['', '质量指标', '信访积案化解率', '100%', '30%', 20, 20],
      ['效益指标', '社会效益指标', '党性教育覆盖率', '100%', '100%', 30, 30],
      ['满意度指标', '服务对象满意度指标', '群众对城管协管员文明执法满意度', '100%', '100%', 10, 10],
    ],
    total: { weight: 100, score: 100, grade: '优' },
  });
}

describe('S-001: a 30 % result claimed at full marks, and a reversed target', () => {
  const { analysis, findings } = reviewOne(seed001(), NATIONAL);

  it('sees the 信访积案化解率 shortfall: the formula gives 20 × 30 % = 6', () => {
    expect(analysis.indicators[3]?.assessment).toMatchObject({
      kind: 'quantitative',
      direction: 'higher',
      expected: 6,
      shortfall: true,
    });
  });

  it('asks for a cause on the shortfall even though full marks were claimed', () => {
    const deviation = findings.filter((f) => f.rule === 'deviation-cause');
    expect(deviation.map(seen)).toEqual([{ rule: 'deviation-cause', severity: 'error', cell: 'I24' }]);
    expect(deviation[0]?.messageId).toBe('deviation-cause.shortfall');
    expect(deviation[0]?.message).toContain('信访积案化解率');
  });

  it('warns that the claimed 20 points differ from the formula’s 6', () => {
    const formula = findings.filter((f) => f.rule === 'score-formula');
    expect(formula.map((f) => [seen(f), f.expected, f.actual])).toEqual([
      [{ rule: 'score-formula', severity: 'warning', cell: 'H24' }, 6, 20],
    ]);
  });

  it('reports 赴省重访率 100 % as a reverse-target warning on its target cell', () => {
    const reverse = findings.filter((f) => f.rule === 'reverse-target');
    expect(reverse.map(seen)).toEqual([{ rule: 'reverse-target', severity: 'warning', cell: 'E22' }]);
    expect(reverse[0]?.message).toContain('赴省重访率');
  });

  it('reports exactly these findings', () => {
    expect(findings.map(seen)).toEqual([
      { rule: 'deviation-cause', severity: 'error', cell: 'I24' },
      { rule: 'reverse-target', severity: 'warning', cell: 'E22' },
      { rule: 'score-formula', severity: 'warning', cell: 'H24' },
    ]);
  });

  it('drops the deviation-cause error once a real cause is written in the table', () => {
    const base = seed001();
    const row = base.indicators[3];
    if (!row?.cause) throw new Error('row has no cause cell');
    const cause: FormCell = { ...row.cause, value: '涉及资金缺口过大，需从中进行思想教育调解' };
    const indicators = base.indicators.map((r, i) => (i === 3 ? { ...row, cause } : r));
    const rules = reviewOne({ ...base, indicators }, NATIONAL).findings.map((f) => f.rule);
    expect(rules).not.toContain('deviation-cause');
    expect(rules).toContain('score-formula');
  });
});

describe('S-000: control rates written as 100 %, and a comparator inside a result', () => {
  const at = (row: number, col: number, value: CellValue): FormCell => ({ row, col, value });

  /** 整体支出绩效评价基础数据表 of 永安街道办事处: 77 of 77 staff; 会议费 and 三公经费 "控制率100%". */
  function seed000Basic(): Form {
    return {
      kind: 'basic',
      sheet: '基础数据表',
      name: at(1, 1, '咸宁市咸安区永安街道办事处'),
      indicators: [],
      basic: {
        staffing: {
          label: '财政供养人员',
          approved: at(4, 2, 77),
          actual: at(4, 3, 77),
          rate: at(4, 4, '100%'),
        },
        expenses: [
          { label: '会议费', budget: at(8, 3, 15.9), actual: at(8, 4, 3.09), rate: at(8, 5, '100%') },
          { label: '三公经费', budget: at(9, 3, 50.5), actual: at(9, 4, 8.18), rate: at(9, 5, '100%') },
        ],
        buildings: [],
      },
    };
  }

  it('reports both expense control rates as ctrl-rate errors (19.43 %, 16.20 %) and accepts 77/77', () => {
    const { findings } = reviewOne(seed000Basic(), NATIONAL);
    expect(findings.map(seen)).toEqual([
      { rule: 'ctrl-rate', severity: 'error', cell: 'F9' },
      { rule: 'ctrl-rate', severity: 'error', cell: 'F10' },
    ]);
    const [meeting, official] = findings;
    expect(meeting?.expected).toBe(round(3.09 / 15.9, 6));
    expect(official?.expected).toBe(round(8.18 / 50.5, 6));
    expect(((meeting?.expected as number) * 100).toFixed(2)).toBe('19.43');
    expect(((official?.expected as number) * 100).toFixed(2)).toBe('16.20');
    expect(meeting?.actual).toBe(1);
    expect(meeting?.message).toContain('19.43%');
    expect(official?.message).toMatch(/16\.20?%/);
  });

  it('accepts the rates once they are written as computed', () => {
    const base = seed000Basic();
    const basic = base.basic;
    if (!basic) throw new Error('no basic data');
    const [meeting, official] = basic.expenses;
    if (!meeting?.rate || !official?.rate) throw new Error('missing rate cells');
    const fixed: Form = {
      ...base,
      basic: {
        ...basic,
        expenses: [
          { ...meeting, rate: { ...meeting.rate, value: '19.43%' } },
          { ...official, rate: { ...official.rate, value: 0.162, format: '0.00%' } },
        ],
      },
    };
    expect(reviewOne(fixed, NATIONAL).findings).toEqual([]);
  });

  const withResult = (result: string): Form =>
    cleanForm({
      indicators: [
        ['产出指标', '数量指标', '培训人数', '≥100人', '120人', 20, 20, '报名踊跃，年初指标设定偏低'],
        ['', '质量指标', '合格率', '≥95%', '98%', 10, 10],
        ['', '时效指标', '按时完成率', '100%', '100%', 10, 10],
        ['', '成本指标', '成本控制', '≤100万元', '96万元', 10, 10],
        ['效益指标', '社会效益指标', '社会稳定率', '≥90%', result, 30, 30],
        ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, 10],
      ],
    });

  it.each(['达到≥90％', '社会稳定率达到≥90％', '达到≥９０％'])(
    'reports the result `%s` as a value-comparator error, and nothing else',
    (result) => {
      const { findings } = reviewOne(withResult(result), NATIONAL);
      expect(findings.map(seen)).toEqual([{ rule: 'value-comparator', severity: 'error', cell: 'F25' }]);
      expect(findings[0]?.message).toContain('社会稳定率');
    },
  );

  it('accepts the plain result `96％`', () => {
    expect(reviewOne(withResult('96％'), NATIONAL).findings).toEqual([]);
  });
});
