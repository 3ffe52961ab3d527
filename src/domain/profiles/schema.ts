/**
 * A bureau's profile file, checked with zod: the shape of every setting, then what zod cannot see alone (the
 * built-in it extends, weights that add up to 100 with what it inherits, a grade for every total, rule ids).
 * Every problem is one catalogue sentence naming its setting, in the reader's language.
 */
import { z } from 'zod';
import { formatMessage, type Locale, type MessageData, type MessageId } from '../../messages';
import { BUILTIN_PROFILES, NATIONAL, builtinProfile } from './builtin';
import type { Profile } from './types';

export type ProfileResult =
  | { readonly ok: true; readonly profile: Profile }
  | { readonly ok: false; readonly errors: readonly string[] };

/** A problem before it is said: the catalogue sentence and the setting it names (`grades[0]`). */
interface Problem {
  readonly id: MessageId;
  readonly data?: MessageData;
}

/** zod takes an error text per schema; ours is the catalogue id, and the setting comes from the issue's path. */
const says = (id: MessageId) => ({ error: () => id });
const number = (min: number, max: number) =>
  z
    .number({ error: () => `range:${String(min)}:${String(max)}` })
    .min(min, { error: () => `range:${String(min)}:${String(max)}` })
    .max(max, { error: () => `range:${String(min)}:${String(max)}` });
const text = z.string(says('profiles.text')).trim().min(1, says('profiles.text'));
const weight = number(0, 100);
/** A number in a list item: any problem with it is said of the whole item. */
const itemNumber = (id: MessageId, min: number, max: number) =>
  z.number(says(id)).min(min, says(id)).max(max, says(id));
const GRADE = z.object(
  {
    min: itemNumber('profiles.grade', 0, 100),
    label: z.string(says('profiles.grade')).trim().min(1, says('profiles.grade')),
  },
  says('profiles.grade'),
);
const CAP = z.object(
  {
    rateBelow: itemNumber('profiles.cap', 0, 1).gt(0, says('profiles.cap')),
    maxTotal: itemNumber('profiles.cap', 0, 100),
  },
  says('profiles.cap'),
);
const SEVERITIES = ['error', 'warning', 'info', 'off'] as const;

const PROFILE_FILE = z.strictObject(
  {
    $schema: z.string().optional(),
    // Which built-in it names is checked with the rest of what zod cannot see alone.
    extends: z.unknown().optional(),
    id: z
      .string(says('profiles.id'))
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, says('profiles.id'))
      .optional(),
    name: text.optional(),
    version: number(1, 1e6).optional(),
    executionWeight: weight.optional(),
    levelWeights: z
      .strictObject({ output: weight, effect: weight, satisfaction: weight }, says('profiles.level-weights'))
      .nullable()
      .optional(),
    executionScoring: z.enum(['linear', 'step10', 'rounded'], says('profiles.choice')).optional(),
    overAchievementFactor: number(1, 10).optional(),
    lowerIsBetter: z.enum(['ratio', 'linear'], says('profiles.choice')).optional(),
    grades: z.array(GRADE, says('profiles.grades')).min(1, says('profiles.grades')).optional(),
    reasonRequiredBelowRate: number(0, 1).nullable().optional(),
    budgetAdjustmentThreshold: number(0, 10).optional(),
    scoreTolerance: number(0, 10).optional(),
    scoreCaps: z.array(CAP, says('profiles.caps')).optional(),
    severities: z
      .record(z.string(), z.enum(SEVERITIES, says('profiles.severity')), says('profiles.severities'))
      .optional(),
  },
  says('profiles.not-object'),
);

type ProfileFile = z.infer<typeof PROFILE_FILE>;

/** `grades[0]`, `levelWeights.output`: the setting an issue is about, as the file writes it. */
function settingOf(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${String(part)}]` : `${index > 0 ? '.' : ''}${String(part)}`,
    )
    .join('');
}

/** The ids said of a whole array item (its fields' problems are one sentence about the item). */
const ITEM_IDS = new Set<string>(['profiles.grade', 'profiles.cap']);

/** One zod issue as the catalogue says it. */
function problemsOf(issue: z.core.$ZodIssue): Problem[] {
  const range = /^range:(.+):(.+)$/.exec(issue.message);
  const path = [...issue.path];
  if (ITEM_IDS.has(issue.message)) while (path.length > 0 && typeof path.at(-1) !== 'number') path.pop();
  const key = settingOf(path);
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((name) => ({
      id: key === 'levelWeights' ? 'profiles.unknown-level' : 'profiles.unknown-key',
      data: { key: settingOf([...issue.path, name]) },
    }));
  if (range) return [{ id: 'profiles.number', data: { key, min: range[1] ?? '', max: range[2] ?? '' } }];
  if (issue.code === 'invalid_value' && issue.message === 'profiles.choice')
    return [{ id: 'profiles.choice', data: { key, values: issue.values.map(String).join(' / ') } }];
  const id = issue.message as MessageId;
  return [{ id, data: { key } }];
}

/** What zod cannot check alone: the built-in extended, the split of 100, a grade for 0, the rules named. */
function crossChecks(
  parsed: ProfileFile,
  input: Readonly<Record<string, unknown>>,
  ruleIds: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  const baseId = parsed.extends ?? 'national';
  if (typeof baseId !== 'string' || !builtinProfile(baseId))
    problems.push({
      id: 'profiles.unknown-base',
      data: {
        key: 'extends',
        value: JSON.stringify(baseId),
        names: BUILTIN_PROFILES.map((p) => p.id).join(' / '),
      },
    });
  const from = baseOf(parsed);
  const levels = parsed.levelWeights === undefined ? from.levelWeights : parsed.levelWeights;
  const execution = parsed.executionWeight ?? from.executionWeight;
  const sum = levels ? execution + levels.output + levels.effect + levels.satisfaction : 100;
  // Checked on the final values, so an inherited split with a new executionWeight is caught too.
  if (Math.abs(sum - 100) > 1e-9)
    problems.push({
      id: 'profiles.weights-sum',
      data: { key: parsed.levelWeights === undefined ? 'executionWeight' : 'levelWeights', sum },
    });
  if (parsed.grades && !parsed.grades.some((band) => band.min === 0))
    problems.push({ id: 'profiles.grades-zero', data: { key: 'grades' } });
  // The rules named are looked at even when a level beside them is wrong.
  const severities = input['severities'];
  const named = typeof severities === 'object' && severities !== null ? Object.keys(severities) : [];
  for (const rule of named)
    if (ruleIds.length > 0 && !ruleIds.includes(rule))
      problems.push({ id: 'profiles.no-rule', data: { key: `severities.${rule}` } });
  return problems;
}

/** The built-in a file extends (the national one when it names none, or none that exists). */
const baseOf = (file: ProfileFile): Profile =>
  (typeof file.extends === 'string' ? builtinProfile(file.extends) : undefined) ?? NATIONAL;

/** The settings that are valid each on its own: what the cross-checks look at when others are not. */
function salvage(input: Readonly<Record<string, unknown>>): ProfileFile {
  const kept: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(PROFILE_FILE.shape)) {
    const field = schema.safeParse(input[key]);
    if (field.success && field.data !== undefined) kept[key] = field.data;
  }
  return kept;
}

/** The profile a valid file describes: its settings over those of the built-in it extends. */
function profileOf(file: ProfileFile, locale: Locale): Profile {
  const from = baseOf(file);
  return {
    ...from,
    id: file.id ?? 'custom',
    name: file.name ?? formatMessage('profiles.custom-name', {}, locale),
    version: file.version ?? 1,
    executionWeight: file.executionWeight ?? from.executionWeight,
    levelWeights: file.levelWeights === undefined ? from.levelWeights : file.levelWeights,
    executionScoring: file.executionScoring ?? from.executionScoring,
    overAchievementFactor: file.overAchievementFactor ?? from.overAchievementFactor,
    lowerIsBetter: file.lowerIsBetter ?? from.lowerIsBetter,
    grades: file.grades ? [...file.grades].sort((a, b) => b.min - a.min) : from.grades,
    reasonRequiredBelowRate:
      file.reasonRequiredBelowRate === undefined
        ? from.reasonRequiredBelowRate
        : file.reasonRequiredBelowRate,
    budgetAdjustmentThreshold: file.budgetAdjustmentThreshold ?? from.budgetAdjustmentThreshold,
    scoreTolerance: file.scoreTolerance ?? from.scoreTolerance,
    scoreCaps: file.scoreCaps ?? from.scoreCaps,
    severities: { ...from.severities, ...file.severities },
  };
}

/**
 * Reads a bureau's profile (parsed JSON): it may `extends` a built-in and override any setting. Every problem
 * is reported, each once, in `locale`, with the setting it concerns.
 */
export function parseProfile(
  input: unknown,
  knownRuleIds: readonly string[] = [],
  locale: Locale = 'zh-CN',
): ProfileResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, errors: [formatMessage('profiles.not-object', {}, locale)] };
  const fields = input as Readonly<Record<string, unknown>>;
  const parsed = PROFILE_FILE.safeParse(fields);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.flatMap(problemsOf)),
    ...crossChecks(parsed.success ? parsed.data : salvage(fields), fields, knownRuleIds),
  ];
  const errors = [...new Set(problems.map(({ id, data }) => formatMessage(id, data, locale)))];
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, profile: profileOf(parsed.data, locale) };
}

/** Parses a profile file's text: a JSON syntax error comes back as a sentence too. */
export function parseProfileText(
  text: string,
  knownRuleIds: readonly string[] = [],
  locale: Locale = 'zh-CN',
): ProfileResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [formatMessage('profiles.bad-json', { detail }, locale)] };
  }
  return parseProfile(json, knownRuleIds, locale);
}
