/**
 * Template packs a finance bureau can send out as they are: 附件1–3 as the official tables, a 填报说明
 * sheet, and the hidden identity sheet that tells a reader which profile the pack follows.
 */
import type { FormKind } from '../../domain/form';
import type { Profile } from '../../domain/profiles/types';
import type { SheetPlan, WorkbookPlan } from '../../sheet/plan';
import { basicSheet } from './basic';
import { SheetBuilder } from './builder';
import { evaluationSheet } from './evaluation';
import { evaluationExample } from './example';
import { GUIDE_SHEET, guideSheet } from './guide';
import { SIGN_OFF, type TemplateContext } from './shared';

export { executionScoreFormula, gradeFormula, cappedFormula } from './formulas';
export { GUIDE_SHEET } from './guide';

/** Who sends the pack out: named under each form's title and in the 填报说明. */
export interface Issuer {
  /** 下发单位, e.g. 某某市财政局. */
  readonly bureau?: string;
  /** The notice, e.g. 某财绩〔2026〕3号. */
  readonly notice?: string;
  /** 报送截止, e.g. 2026年3月31日. */
  readonly deadline?: string;
}

/** What a template pack is built for. */
export interface TemplateOptions {
  readonly kinds: readonly FormKind[];
  readonly profile: Profile;
  readonly unit?: string;
  readonly year?: number;
  /** One 项目支出 sheet each (每个一级项目支出一张表). */
  readonly projects?: readonly string[];
  /** Indicator rows per 二级指标 (3 by default: 27 rows, more than a unit like seed 004 fills). */
  readonly rowsPerLevel2?: number;
  /** Lines for 区级专项资金 on the 基础数据表 (15 by default). */
  readonly specialRows?: number;
  readonly issuer?: Issuer;
  /** Filled in as an example (填报示例). */
  readonly example?: boolean;
}

/** Identity of a built template: the hidden sheet and the id the reader looks for. */
export const TEMPLATE_ID = 'jixiao-ziping-template';
/** 2: the official tables' layout, totals over insertable blocks, 填报说明. */
export const TEMPLATE_VERSION = 2;
export const IDENTITY_SHEET = '_绩效自评助手';
export const DEFAULT_ROWS_PER_LEVEL2 = 3;
export const DEFAULT_SPECIAL_ROWS = 15;
const TRANSFER_ROWS = 5;

/** The hidden sheet that tells a reader this workbook is ours and which profile it follows. */
function identitySheet(profile: Profile, forms: readonly { sheet: string; kind: FormKind }[]): SheetPlan {
  const b = new SheetBuilder([12, 80]);
  const rows: [string, string][] = [
    ['template', TEMPLATE_ID],
    ['version', String(TEMPLATE_VERSION)],
    ['profile', JSON.stringify(profile)],
    ['forms', JSON.stringify(forms)],
  ];
  rows.forEach(([key, value], i) => {
    b.put(i, 0, { value: key });
    b.put(i, 1, { value });
  });
  return b.plan(IDENTITY_SHEET, { hidden: true, protect: false, rowHeights: {} });
}

/** A sheet name for a project: its own name where Excel allows (≤ 31 characters, no []:*?/\\), unique. */
function projectSheetName(project: string, index: number, count: number, used: Set<string>): string {
  const clean = project
    .replace(/[[\]:*?/\\]/g, ' ')
    .trim()
    .slice(0, 31);
  let name = count === 1 && !clean ? '项目支出绩效自评表' : clean || `项目${String(index + 1)}`;
  if (used.has(name) || name === GUIDE_SHEET) name = `${name.slice(0, 27)}（${String(index + 1)}）`;
  used.add(name);
  return name;
}

/** The line naming the bureau, its notice and the deadline; empty when none is given. */
function issuerLine(issuer: Issuer | undefined): string {
  const parts = [
    issuer?.bureau ? `下发单位：${issuer.bureau}` : '',
    issuer?.notice ? `通知文号：${issuer.notice}` : '',
    issuer?.deadline ? `报送截止：${issuer.deadline}` : '',
  ].filter(Boolean);
  return parts.join('　　');
}

function contextOf(options: TemplateOptions): TemplateContext {
  const { profile } = options;
  return {
    profile,
    year: options.year ?? new Date().getFullYear() - 1,
    unit: options.unit ?? '',
    rowsPerLevel2: Math.max(1, Math.min(50, Math.round(options.rowsPerLevel2 ?? DEFAULT_ROWS_PER_LEVEL2))),
    issuerLine: issuerLine(options.issuer),
    footer: `绩效自评助手模板第 ${String(TEMPLATE_VERSION)} 版 · 评分规则：${profile.name}（第 ${String(profile.version)} 版） · 第 &P 页，共 &N 页`,
    signOff: SIGN_OFF,
  };
}

/** A template pack: 填报说明, the chosen forms (one 项目支出 sheet per project), and the identity sheet. */
export function buildTemplates(options: TemplateOptions): WorkbookPlan {
  const context = contextOf(options);
  const example = options.example ? evaluationExample(options.profile) : undefined;
  const sheets: SheetPlan[] = [];
  const forms: { sheet: string; kind: FormKind }[] = [];
  if (options.kinds.includes('basic')) {
    sheets.push(
      basicSheet('基础数据表', context, {
        specialRows: Math.max(1, Math.min(200, Math.round(options.specialRows ?? DEFAULT_SPECIAL_ROWS))),
        transferRows: TRANSFER_ROWS,
        example: options.example === true,
      }),
    );
    forms.push({ sheet: '基础数据表', kind: 'basic' });
  }
  if (options.kinds.includes('overall')) {
    const spec = { kind: 'overall', sheet: '整体支出绩效自评表', prefix: '整体' } as const;
    sheets.push(evaluationSheet(example ? { ...spec, example } : spec, context));
    forms.push({ sheet: '整体支出绩效自评表', kind: 'overall' });
  }
  if (options.kinds.includes('project')) {
    const projects = options.projects?.length ? options.projects : [''];
    const used = new Set<string>();
    projects.forEach((project, index) => {
      const name = projectSheetName(project, index, projects.length, used);
      const spec = {
        kind: 'project',
        sheet: name,
        prefix: `项目${String(index + 1)}`,
        projectName: project,
      } as const;
      sheets.push(evaluationSheet(example ? { ...spec, example } : spec, context));
      forms.push({ sheet: name, kind: 'project' });
    });
  }
  const guide = guideSheet(
    context,
    TEMPLATE_VERSION,
    forms.map((form) => form.sheet),
  );
  return { sheets: [guide, ...sheets, identitySheet(options.profile, forms)] };
}
