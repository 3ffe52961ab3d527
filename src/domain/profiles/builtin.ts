import type { GradeBand, Profile } from './types';

const NATIONAL_GRADES: readonly GradeBand[] = [
  { min: 90, label: '优' },
  { min: 80, label: '良' },
  { min: 60, label: '中' },
  { min: 0, label: '差' },
];

/** 财政部 defaults (domain.md §3, §4, §8). */
export const NATIONAL: Profile = {
  id: 'national',
  name: '全国通用（财政部）',
  version: 1,
  executionWeight: 10,
  levelWeights: { output: 50, effect: 30, satisfaction: 10 },
  executionScoring: 'linear',
  overAchievementFactor: 1.2,
  lowerIsBetter: 'ratio',
  grades: NATIONAL_GRADES,
  reasonRequiredBelowRate: null,
  budgetAdjustmentThreshold: 0.2,
  scoreTolerance: 0.1,
  scoreCaps: [],
  severities: {},
};

export const HUNAN: Profile = { ...NATIONAL, id: 'hunan', name: '湖南省' };

/** [S-003] 河北 local practice: 10/40/40/10, step10, 85/75/60 bands. */
export const HEBEI_LOCAL: Profile = {
  ...NATIONAL,
  id: 'hebei-local',
  name: '河北（地方）',
  levelWeights: { output: 40, effect: 40, satisfaction: 10 },
  executionScoring: 'step10',
  lowerIsBetter: 'linear',
  grades: [
    { min: 85, label: '优秀' },
    { min: 75, label: '良好' },
    { min: 60, label: '一般' },
    { min: 0, label: '较差' },
  ],
};

export const GUANGXI: Profile = {
  ...NATIONAL,
  id: 'guangxi',
  name: '广西壮族自治区',
  overAchievementFactor: 1.3,
  lowerIsBetter: 'linear',
};

export const SICHUAN: Profile = {
  ...NATIONAL,
  id: 'sichuan',
  name: '四川省',
  levelWeights: null,
  reasonRequiredBelowRate: 0.9,
};

export const BUILTIN_PROFILES: readonly Profile[] = [NATIONAL, HUNAN, HEBEI_LOCAL, GUANGXI, SICHUAN];

/** A built-in profile by id, or undefined. */
export function builtinProfile(id: string): Profile | undefined {
  return BUILTIN_PROFILES.find((profile) => profile.id === id);
}
