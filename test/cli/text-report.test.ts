/** The text report's figures line: a form not yet fully scored says why it has no total and no grade. */
import { textReport } from '../../src/cli/text-report';
import { review } from '../../src/domain';
import { buildForm } from '../domain/helpers/form-builder';

const unscored = buildForm({
  name: '工资性支出',
  execution: { initial: 100, budget: 100, spent: 100, weight: 10, rate: '100%', score: 10 },
  indicators: [
    ['产出指标', '数量指标', '发放人数', '≥20人', '', 50, null],
    ['效益指标', '社会效益指标', '保障运转', '正常', '', 30, null],
    ['满意度指标', '服务对象满意度指标', '职工满意度', '≥90%', '95%', 10, 10],
  ],
});

describe('the text report of a form whose weighted rows are not all scored', () => {
  const check = (locale: 'zh-CN' | 'en-US') => ({
    file: '工资.xlsx',
    error: null,
    forms: review([unscored], undefined, { locale }).forms,
    sheetsWithoutForms: [],
  });

  it.each([
    ['zh-CN', '总分 —  等级 —（2 行指标有分值而未填得分，未计算总分和等级）'],
    ['en-US', 'total —  grade — (2 indicator rows have a weight but no score yet: no total or grade)'],
  ] as const)('%s: says how many rows keep it from a total', (locale, line) => {
    expect(textReport([check(locale)], locale)).toContain(line);
  });
});
