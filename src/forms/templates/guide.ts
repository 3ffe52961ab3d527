/**
 * 填报说明: how to fill the pack in, the profile's scoring rules in words, the cause rule, and which template
 * and profile this is — the first sheet a unit opens.
 */
import { formatPercent } from '../../domain/numbers';
import type { Profile } from '../../domain/profiles/types';
import type { MessageId } from '../../messages';
import type { SheetPlan } from '../../sheet/plan';
import { SheetBuilder } from './builder';
import { level1Label } from './evaluation';
import { templateText, type TemplateContext } from './shared';

export const GUIDE_SHEET = templateText('templates.guide.title');

/** How 执行率得分 is worked out, under each scoring method. */
const SCORING: Readonly<Record<Profile['executionScoring'], MessageId>> = {
  linear: 'templates.guide.scoring.linear',
  rounded: 'templates.guide.scoring.rounded',
  step10: 'templates.guide.scoring.step10',
};

/** The first-level weights the profile fixes, or the points the unit shares out. */
function weightRule(profile: Profile): string {
  if (!profile.levelWeights)
    return templateText('templates.guide.weights.free', { points: 100 - profile.executionWeight });
  const label = (category: 'output' | 'effect' | 'satisfaction'): string =>
    level1Label(category, profile).replace(/\n/g, '');
  return templateText('templates.guide.weights.fixed', {
    output: label('output'),
    effect: label('effect'),
    satisfaction: label('satisfaction'),
  });
}

/** The grade bands, highest first: each from its least total, the last below the one above it. */
function gradeRule(profile: Profile): string {
  const bands = [...profile.grades].sort((a, b) => b.min - a.min);
  const lowest = bands.at(-1);
  const above = bands
    .slice(0, -1)
    .map((band) => templateText('templates.guide.grades.band', { min: band.min, label: band.label }));
  return templateText('templates.guide.grades', {
    bands: above.join(''),
    lowest: lowest
      ? templateText('templates.guide.grades.lowest', { below: bands.at(-2)?.min ?? 0, label: lowest.label })
      : '',
  });
}

/** The profile's rules as a unit reads them. */
function scoringRules(profile: Profile): string[] {
  const percent = (rate: number): string => formatPercent(rate, 0);
  const caps = [...profile.scoreCaps].sort((a, b) => a.rateBelow - b.rateBelow);
  const reason = profile.reasonRequiredBelowRate;
  return [
    templateText('templates.guide.execution', {
      weight: profile.executionWeight,
      scoring: `@${SCORING[profile.executionScoring]}`,
    }),
    weightRule(profile),
    gradeRule(profile),
    ...caps.map((cap) =>
      templateText('templates.guide.cap', { rate: percent(cap.rateBelow), cap: cap.maxTotal }),
    ),
    ...(reason === null ? [] : [templateText('templates.guide.reason', { rate: percent(reason) })]),
    templateText('templates.guide.over-achievement', { factor: profile.overAchievementFactor }),
    templateText('templates.guide.adjustment', { threshold: percent(profile.budgetAdjustmentThreshold) }),
  ];
}

const HOW_TO: readonly MessageId[] = [
  'templates.guide.how-to.cells',
  'templates.guide.how-to.amounts',
  'templates.guide.how-to.rows',
  'templates.guide.how-to.units',
  'templates.guide.how-to.weights',
];

/** What the pack is: the template's and the profile's versions, its forms, who sent it out. */
function aboutLines(context: TemplateContext, version: number, forms: readonly string[]): string[] {
  const { profile } = context;
  const about = [
    templateText('templates.guide.about', {
      version,
      profile: profile.name,
      profileId: profile.id,
      profileVersion: profile.version,
    }),
    // The official forms enumerate with the Chinese enumeration comma.
    templateText('templates.guide.contains', { forms: forms.join('、') }),
  ];
  return context.issuerLine ? [...about, context.issuerLine] : about;
}

/** The guide's sections, each a title and its numbered lines. */
function sections(
  context: TemplateContext,
  version: number,
  forms: readonly string[],
): [MessageId, string[]][] {
  return [
    ['templates.guide.section.about', aboutLines(context, version, forms)],
    ['templates.guide.section.how-to', HOW_TO.map((id) => templateText(id))],
    ['templates.guide.section.scoring', scoringRules(context.profile)],
    ['templates.guide.section.cause', [templateText('templates.guide.cause')]],
  ];
}

export function guideSheet(context: TemplateContext, version: number, forms: readonly string[]): SheetPlan {
  const b = new SheetBuilder([6, 104]);
  b.put(0, 0, { value: GUIDE_SHEET, style: { bold: true, fontSize: 16, align: 'center', wrap: false } });
  b.merge({ top: 0, left: 0, bottom: 0, right: 1 });
  let row = 2;
  for (const [title, lines] of sections(context, version, forms)) {
    b.put(row, 0, {
      value: templateText(title),
      style: { bold: true, fontSize: 12, align: 'left', wrap: false },
    });
    b.merge({ top: row, left: 0, bottom: row, right: 1 });
    row++;
    lines.forEach((line, i) => {
      b.put(row, 0, { value: `${String(i + 1)}.`, style: { align: 'right' } });
      b.put(row, 1, { value: line, style: { wrap: true, align: 'left' } });
      row++;
    });
    row++;
  }
  return b.plan(GUIDE_SHEET, { print: { fitToWidth: true, footer: context.footer } });
}
