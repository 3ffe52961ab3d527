/**
 * 填报说明: how to fill the pack in, the profile's scoring rules in words, the cause rule, and which template
 * and profile this is — the first sheet a unit opens.
 */
import { formatPercent } from '../../domain/numbers';
import type { Profile } from '../../domain/profiles/types';
import type { SheetPlan } from '../../sheet/plan';
import { SheetBuilder } from './builder';
import { level1Label } from './evaluation';
import type { TemplateContext } from './shared';

export const GUIDE_SHEET = '填报说明';

const SCORING: Readonly<Record<Profile['executionScoring'], string>> = {
  linear: '执行率得分 = 分值 × 执行率（执行率超过 100% 的按 100% 计），保留两位小数，最高不超过分值。',
  rounded: '执行率得分 = 分值 × 执行率（执行率超过 100% 的按 100% 计），四舍五入取整，最高不超过分值。',
  step10:
    '执行率得分按执行率每满 10 个百分点计分值的十分之一（如执行率 95% 得分值的 90%），执行率超过 100% 的按 100% 计。',
};

/** The profile's rules as a unit reads them. */
function scoringRules(profile: Profile): string[] {
  const rules = [
    `执行率：分值 ${String(profile.executionWeight)} 分。执行率 = 全年执行数 ÷ 全年预算数。${SCORING[profile.executionScoring]}`,
  ];
  rules.push(
    profile.levelWeights
      ? `指标权重：${(['output', 'effect', 'satisfaction'] as const).map((c) => level1Label(c, profile).replace(/\n/g, '')).join('、')}，与执行率合计 100 分。`
      : `指标权重：各一级指标合计 ${String(100 - profile.executionWeight)} 分，由单位按项目实际设定，与执行率合计 100 分。`,
  );
  rules.push(
    `评价等级：${[...profile.grades]
      .sort((a, b) => b.min - a.min)
      .map((g, i, all) =>
        i === all.length - 1
          ? `${String(all[i - 1]?.min ?? 0)} 分以下为“${g.label}”`
          : `${String(g.min)} 分（含）以上为“${g.label}”`,
      )
      .join('，')}。`,
  );
  for (const cap of [...profile.scoreCaps].sort((a, b) => a.rateBelow - b.rateBelow))
    rules.push(
      `执行率低于 ${formatPercent(cap.rateBelow, 0)} 的，总分不超过 ${String(cap.maxTotal)} 分（表中总分公式已按此计算）。`,
    );
  if (profile.reasonRequiredBelowRate !== null)
    rules.push(
      `执行率低于 ${formatPercent(profile.reasonRequiredBelowRate, 0)} 的，须在“执行率低于…的原因说明”一栏写明原因。`,
    );
  rules.push(
    `超额完成：实际完成值达到年度指标值的 ${String(profile.overAchievementFactor)} 倍及以上的，应说明原因（目标是否定得过低）。`,
  );
  rules.push(
    `预算调整：全年预算数与年初预算数相差超过 ${formatPercent(profile.budgetAdjustmentThreshold, 0)} 的，应说明调整原因。`,
  );
  return rules;
}

const HOW_TO = [
  '白色单元格由单位填写；灰色单元格为公式，自动计算执行率、执行率得分、总分和等级，请勿改写。',
  '金额单位为万元，保留两位小数；人数填整数。',
  '每个一级项目支出填一张“项目支出绩效自评表”；行数不够时，选中指标行或专项行，右键“插入”整行即可，合计公式会自动包含新行；多余的空行可以删除。',
  '三级指标、年度指标值、实际完成值请写明数量和计量单位，如“≥1200人次”“1260人次”“≥95%”。',
  '分值为 0 到 100 之间的数，各指标分值与执行率分值合计应为 100 分（不是 100 时总分的分值格显示为红色）；自评得分不超过本行分值。',
];

const CAUSE_RULE =
  '偏差原因：凡自评得分低于分值的指标，须在“偏差原因分析及改进措施”中写明未完成的原因和改进措施；只写“无”“/”“同上”“暂无”等不算说明，该单元格会显示为红色。';

export function guideSheet(context: TemplateContext, version: number, forms: readonly string[]): SheetPlan {
  const { profile } = context;
  const b = new SheetBuilder([6, 104]);
  let row = 0;
  b.put(row, 0, { value: '填报说明', style: { bold: true, fontSize: 16, align: 'center', wrap: false } });
  b.merge({ top: row, left: 0, bottom: row, right: 1 });
  row += 2;
  const section = (title: string, lines: readonly string[]): void => {
    b.put(row, 0, { value: title, style: { bold: true, fontSize: 12, align: 'left', wrap: false } });
    b.merge({ top: row, left: 0, bottom: row, right: 1 });
    row++;
    lines.forEach((line, i) => {
      b.put(row, 0, { value: `${String(i + 1)}.`, style: { align: 'right' } });
      b.put(row, 1, { value: line, style: { wrap: true, align: 'left' } });
      row++;
    });
    row++;
  };
  const about = [
    `本模板由绩效自评助手生成，模板第 ${String(version)} 版；评分规则：${profile.name}（${profile.id}，第 ${String(profile.version)} 版）。`,
    `包含：${forms.join('、')}。`,
  ];
  if (context.issuerLine) about.push(context.issuerLine);
  section('一、本模板', about);
  section('二、如何填写', HOW_TO);
  section('三、评分规则', scoringRules(profile));
  section('四、偏差原因', [CAUSE_RULE]);
  return b.plan(GUIDE_SHEET, { print: { fitToWidth: true, footer: context.footer } });
}
