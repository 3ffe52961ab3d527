import type { Severity } from '../findings';
import { BUILTIN_PROFILES, NATIONAL, builtinProfile } from './builtin';
import type { GradeBand, Level1Category, Profile, ScoreCap } from './types';

export type ProfileResult =
  | { readonly ok: true; readonly profile: Profile }
  | { readonly ok: false; readonly errors: readonly string[] };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const SEVERITY_VALUES: readonly (Severity | 'off')[] = ['error', 'warning', 'info', 'off'];
const KNOWN_KEYS = new Set([
  '$schema',
  'extends',
  'id',
  'name',
  'version',
  'executionWeight',
  'levelWeights',
  'executionScoring',
  'overAchievementFactor',
  'lowerIsBetter',
  'grades',
  'reasonRequiredBelowRate',
  'budgetAdjustmentThreshold',
  'scoreTolerance',
  'scoreCaps',
  'severities',
]);

/**
 * Reads a bureau's profile (parsed JSON): it may `extends` a built-in and override any setting.
 * Every problem is reported in plain Chinese with the field it concerns.
 */
export function parseProfile(input: unknown, knownRuleIds: readonly string[] = []): ProfileResult {
  const errors: string[] = [];
  if (!isObject(input)) return { ok: false, errors: ['配置文件内容应为一个 JSON 对象（{ … }）。'] };

  const baseId = input['extends'] ?? 'national';
  const base = typeof baseId === 'string' ? builtinProfile(baseId) : undefined;
  if (!base) {
    const names = BUILTIN_PROFILES.map((p) => p.id).join('、');
    errors.push(`extends：${JSON.stringify(baseId)} 不是内置配置，可选：${names}。`);
  }
  for (const key of Object.keys(input)) if (!KNOWN_KEYS.has(key)) errors.push(`${key}：不认识的设置项。`);

  const text = (key: string, fallback: string): string => {
    const value = input[key];
    if (value === undefined) return fallback;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    errors.push(`${key}：应为非空文字。`);
    return fallback;
  };
  const number = (key: string, fallback: number, min: number, max: number): number => {
    const value = input[key];
    if (value === undefined) return fallback;
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return value;
    errors.push(`${key}：应为 ${String(min)} 到 ${String(max)} 之间的数字。`);
    return fallback;
  };
  const choice = <T extends string>(key: string, fallback: T, values: readonly T[]): T => {
    const value = input[key];
    if (value === undefined) return fallback;
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
    errors.push(`${key}：应为 ${values.join(' / ')} 之一。`);
    return fallback;
  };

  const from = base ?? NATIONAL;
  const id = text('id', 'custom');
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(id)) errors.push('id：只能由小写字母、数字和连字符组成。');
  const executionWeight = number('executionWeight', from.executionWeight, 0, 100);

  let levelWeights = from.levelWeights;
  const rawLevels = input['levelWeights'];
  if (rawLevels === null) levelWeights = null;
  else if (rawLevels !== undefined) {
    if (!isObject(rawLevels))
      errors.push('levelWeights：应为 { "output": 50, "effect": 30, "satisfaction": 10 } 或 null。');
    else {
      const parsed: Partial<Record<Level1Category, number>> = {};
      for (const key of ['output', 'effect', 'satisfaction'] as const) {
        const value = rawLevels[key];
        if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100)
          parsed[key] = value;
        else errors.push(`levelWeights.${key}：应为 0 到 100 之间的数字。`);
      }
      for (const key of Object.keys(rawLevels))
        if (!['output', 'effect', 'satisfaction'].includes(key))
          errors.push(`levelWeights.${key}：不认识的一级指标（output / effect / satisfaction）。`);
      if (parsed.output !== undefined && parsed.effect !== undefined && parsed.satisfaction !== undefined) {
        levelWeights = { output: parsed.output, effect: parsed.effect, satisfaction: parsed.satisfaction };
      }
    }
  }

  if (levelWeights) {
    // Checked on the final values, so an inherited split with a new executionWeight is caught too.
    const sum = executionWeight + levelWeights.output + levelWeights.effect + levelWeights.satisfaction;
    if (Math.abs(sum - 100) > 1e-9)
      errors.push(
        `${rawLevels === undefined ? 'executionWeight' : 'levelWeights'}：执行率与三个一级指标的分值合计为 ${String(sum)}，应为 100。`,
      );
  }

  let grades: readonly GradeBand[] = from.grades;
  const rawGrades = input['grades'];
  if (rawGrades !== undefined) {
    if (!Array.isArray(rawGrades) || rawGrades.length === 0)
      errors.push('grades：应为非空数组，如 [{ "min": 90, "label": "优" }, …]。');
    else {
      const parsed: GradeBand[] = [];
      rawGrades.forEach((band: unknown, index) => {
        if (
          isObject(band) &&
          typeof band['min'] === 'number' &&
          band['min'] >= 0 &&
          band['min'] <= 100 &&
          typeof band['label'] === 'string' &&
          band['label'].trim()
        )
          parsed.push({ min: band['min'], label: band['label'].trim() });
        else errors.push(`grades[${String(index)}]：应为 { "min": 0–100 的分数, "label": "等级名称" }。`);
      });
      if (parsed.length === rawGrades.length && !parsed.some((band) => band.min === 0))
        errors.push('grades：须有一档 "min": 0，使任何总分都有等级。');
      grades = [...parsed].sort((a, b) => b.min - a.min);
    }
  }

  let scoreCaps: readonly ScoreCap[] = from.scoreCaps;
  const rawCaps = input['scoreCaps'];
  if (rawCaps !== undefined) {
    if (!Array.isArray(rawCaps))
      errors.push('scoreCaps：应为数组，如 [{ "rateBelow": 0.8, "maxTotal": 89 }]。');
    else {
      const parsed: ScoreCap[] = [];
      rawCaps.forEach((cap: unknown, index) => {
        if (
          isObject(cap) &&
          typeof cap['rateBelow'] === 'number' &&
          cap['rateBelow'] > 0 &&
          cap['rateBelow'] <= 1 &&
          typeof cap['maxTotal'] === 'number' &&
          cap['maxTotal'] >= 0 &&
          cap['maxTotal'] <= 100
        )
          parsed.push({ rateBelow: cap['rateBelow'], maxTotal: cap['maxTotal'] });
        else
          errors.push(`scoreCaps[${String(index)}]：rateBelow 应为 0–1 的比例，maxTotal 应为 0–100 的分数。`);
      });
      scoreCaps = parsed;
    }
  }

  const severities: Record<string, Severity | 'off'> = { ...from.severities };
  const rawSeverities = input['severities'];
  if (rawSeverities !== undefined) {
    if (!isObject(rawSeverities))
      errors.push('severities：应为 { "规则编号": "error" | "warning" | "info" | "off" }。');
    else
      for (const [rule, level] of Object.entries(rawSeverities)) {
        if (knownRuleIds.length > 0 && !knownRuleIds.includes(rule))
          errors.push(`severities.${rule}：没有这条规则。`);
        else if (typeof level !== 'string' || !(SEVERITY_VALUES as readonly string[]).includes(level))
          errors.push(`severities.${rule}：应为 error、warning、info 或 off。`);
        else severities[rule] = level as Severity | 'off';
      }
  }

  const rawRate = input['reasonRequiredBelowRate'];
  let reasonRequiredBelowRate = from.reasonRequiredBelowRate;
  if (rawRate === null) reasonRequiredBelowRate = null;
  else if (rawRate !== undefined) reasonRequiredBelowRate = number('reasonRequiredBelowRate', 0.9, 0, 1);

  const profile: Profile = {
    id,
    name: text('name', '自定义配置'),
    version: number('version', 1, 1, 1e6),
    executionWeight,
    levelWeights,
    executionScoring: choice('executionScoring', from.executionScoring, ['linear', 'step10', 'rounded']),
    overAchievementFactor: number('overAchievementFactor', from.overAchievementFactor, 1, 10),
    lowerIsBetter: choice('lowerIsBetter', from.lowerIsBetter, ['ratio', 'linear']),
    grades,
    reasonRequiredBelowRate,
    budgetAdjustmentThreshold: number('budgetAdjustmentThreshold', from.budgetAdjustmentThreshold, 0, 10),
    scoreTolerance: number('scoreTolerance', from.scoreTolerance, 0, 10),
    scoreCaps,
    severities,
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, profile };
}

/** Parses a profile file's text: JSON syntax errors come back as a plain Chinese message too. */
export function parseProfileText(text: string, knownRuleIds: readonly string[] = []): ProfileResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`配置文件不是有效的 JSON：${detail}`] };
  }
  return parseProfile(json, knownRuleIds);
}
