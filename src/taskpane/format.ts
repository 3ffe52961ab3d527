import { formatNumber, formatPercent, type FormKind, type Severity } from '../domain';

export const KIND_NAMES: Readonly<Record<FormKind, string>> = {
  project: '项目支出绩效自评表',
  overall: '整体支出绩效自评表',
  basic: '基础数据表',
};

export const SEVERITY_NAMES: Readonly<Record<Severity, string>> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

/** A rate as the forms show it, or a dash. */
export function showRate(rate: number | null): string {
  return rate === null ? '—' : formatPercent(rate);
}

/** A score as the forms show it, or a dash. */
export function showScore(score: number | null): string {
  return score === null ? '—' : formatNumber(score);
}
