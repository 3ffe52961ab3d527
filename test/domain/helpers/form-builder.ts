import type { CellValue, FormCell } from '../../../src/domain/cells';
import type {
  BasicData,
  Form,
  FormKind,
  FundBreakdown,
  FundLine,
  IndicatorRow,
} from '../../../src/domain/form';

/** A cell as tests write it: a bare value, or a value with its number format / displayed text. */
export type CellInput =
  | CellValue
  | {
      readonly value: CellValue;
      readonly format?: string;
      readonly text?: string;
      readonly formula?: string;
    };

function cell(input: CellInput | undefined, row: number, col: number): FormCell | undefined {
  if (input === undefined) return undefined;
  if (input !== null && typeof input === 'object')
    return {
      row,
      col,
      value: input.value,
      ...(input.format ? { format: input.format } : {}),
      ...(input.text ? { text: input.text } : {}),
      ...(input.formula ? { formula: input.formula } : {}),
    };
  return { row, col, value: input };
}

/** 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因 — the columns of domain.md §1.1. */
export type IndicatorInput = readonly [
  level1: CellInput,
  level2: CellInput,
  level3: CellInput,
  target: CellInput,
  result: CellInput,
  weight: CellInput,
  score: CellInput,
  cause?: CellInput,
];

export interface FormInput {
  readonly kind?: FormKind;
  readonly sheet?: string;
  readonly name?: CellInput;
  /** 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 of 年度资金总额. */
  readonly execution?: {
    readonly initial?: CellInput;
    readonly budget?: CellInput;
    readonly spent?: CellInput;
    readonly weight?: CellInput;
    readonly rate?: CellInput;
    readonly score?: CellInput;
  };
  /** Breakdowns: label and lines of [label, amount] or [label, initial, budget, spent]. */
  readonly breakdowns?: readonly {
    readonly label: string;
    readonly lines: readonly (
      readonly [string, CellInput] | readonly [string, CellInput, CellInput, CellInput]
    )[];
  }[];
  readonly indicators?: readonly IndicatorInput[];
  /** 总分 row: 分值, 得分, 等级. */
  readonly total?: { readonly weight?: CellInput; readonly score?: CellInput; readonly grade?: CellInput };
  readonly basic?: BasicData;
}

/** Where the builder puts things: the layout of seed 004's 附件3 (0-based rows; columns A=0 …). */
export const LAYOUT = { nameRow: 1, fundRow: 3, breakdownRow: 4, indicatorRow: 20 } as const;

/** Builds a Form laid out like the standard sheet, so findings have stable cells to assert. */
export function buildForm(input: FormInput): Form {
  const execution = input.execution ?? {};
  const fundRow = LAYOUT.fundRow;
  let row = LAYOUT.breakdownRow;
  const breakdowns: FundBreakdown[] = (input.breakdowns ?? []).map((group) => ({
    label: group.label,
    lines: group.lines.map((line): FundLine => {
      const r = row++;
      const labelCell = cell(line[0], r, 1);
      const base = { label: line[0], ...(labelCell ? { labelCell } : {}) };
      if (line.length === 2) return { ...base, amount: cell(line[1], r, 2) };
      return {
        ...base,
        initial: cell(line[1], r, 2),
        budget: cell(line[2], r, 3),
        spent: cell(line[3], r, 4),
      };
    }),
  }));
  const indicators: IndicatorRow[] = (input.indicators ?? []).map((values, index) => {
    const r = LAYOUT.indicatorRow + index;
    const [level1, level2, level3, target, result, weight, score, cause] = values;
    return {
      row: r,
      level1: cell(level1, r, 1),
      level2: cell(level2, r, 2),
      level3: cell(level3, r, 3),
      target: cell(target, r, 4),
      result: cell(result, r, 5),
      weight: cell(weight, r, 6),
      score: cell(score, r, 7),
      cause: cell(cause ?? null, r, 8),
    };
  });
  const totalRow = LAYOUT.indicatorRow + indicators.length;
  const total = input.total;
  const compact = <T extends object>(o: T): T =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  return compact({
    kind: input.kind ?? 'project',
    sheet: input.sheet ?? 'Sheet1',
    name: cell(input.name, LAYOUT.nameRow, 1),
    funds: input.execution
      ? {
          total: compact({
            label: '年度资金总额',
            initial: cell(execution.initial, fundRow, 2),
            budget: cell(execution.budget, fundRow, 3),
            spent: cell(execution.spent, fundRow, 4),
            weight: cell(execution.weight, fundRow, 5),
            rate: cell(execution.rate, fundRow, 6),
            score: cell(execution.score, fundRow, 7),
          }),
          breakdowns,
        }
      : undefined,
    indicators,
    total: total
      ? compact({
          weight: cell(total.weight, totalRow, 6),
          score: cell(total.score, totalRow, 7),
          grade: cell(total.grade, totalRow, 8),
        })
      : undefined,
    basic: input.basic,
  });
}

/** Full marks on a national 10/50/30/10 form: a clean baseline that rule tests vary one cell at a time. */
export function cleanForm(overrides: Partial<FormInput> = {}): Form {
  return buildForm({
    name: '示例项目',
    execution: {
      initial: 100,
      budget: 100,
      spent: 100,
      weight: 10,
      rate: { value: 1, format: '0.00%' },
      score: 10,
    },
    indicators: [
      ['产出指标', '数量指标', '培训人数', '≥100人', '120人', 20, 20, '报名踊跃，年初指标设定偏低'],
      ['', '质量指标', '合格率', '≥95%', '98%', 10, 10],
      ['', '时效指标', '按时完成率', '100%', '100%', 10, 10],
      ['', '成本指标', '成本控制', '≤100万元', '96万元', 10, 10],
      ['效益指标', '社会效益指标', '服务群众', '显著提升', '显著提升', 30, 30],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, 10],
    ],
    total: { weight: 100, score: 100, grade: '优' },
    ...overrides,
  });
}
