import { formatNumber, formatPercent, SEVERITY_NAMES, toA1, type FormKind } from '../domain';
import { ruleTitle } from '../forms/fixes';
import type { FileCheck } from './check-files';

const KIND_NAMES: Readonly<Record<FormKind, string>> = {
  project: '项目支出绩效自评表',
  overall: '整体支出绩效自评表',
  basic: '整体支出绩效评价基础数据表',
  transfer: '转移支付（专项资金）绩效自评表',
};

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

/** Why a readable workbook (or Word report) was not checked: it holds no form, and what was looked at. */
export function noFormSentence(sheets: readonly string[], format?: string): string {
  const names = sheets.map((sheet) => `“${sheet}”`).join('、');
  if (format === 'docx')
    return sheets.length === 0
      ? '未找到自评表：报告中没有表格。'
      : `未找到自评表：查看了报告中的 ${String(sheets.length)} 张表格，其中没有可识别的项目支出、整体支出绩效自评表或基础数据表。`;
  return sheets.length === 0
    ? '未找到自评表：工作簿中没有可见的工作表。'
    : `未找到自评表：查看了工作表${names}，其中没有可识别的项目支出、整体支出绩效自评表或基础数据表。`;
}

/** The Chinese text report of `jixiao check`: grouped by file, form and severity, counts at the end. */
export function textReport(checks: readonly FileCheck[]): string {
  const lines: string[] = [];
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  let forms = 0;
  let unreadable = 0;
  for (const check of checks) {
    lines.push(`文件：${check.file}`);
    if (check.error) {
      unreadable++;
      lines.push(`  ${check.error}`, '');
      continue;
    }
    for (const { form, analysis, findings } of check.forms) {
      forms++;
      const name =
        typeof form.name?.value === 'string' && form.name.value.trim() ? `：${form.name.value.trim()}` : '';
      const place =
        check.format === 'docx' ? `报告中的${form.sheet.replace(/^表/, '表 ')}` : `工作表“${form.sheet}”`;
      lines.push(`  ${place}— ${KIND_NAMES[form.kind]}${name}`);
      if (form.kind !== 'basic') {
        const { rate, score } = analysis.execution;
        const parts = [
          `执行率 ${rate === null ? '—' : formatPercent(rate)}`,
          `执行率得分 ${score === null ? '—' : formatNumber(score)}`,
          `总分 ${analysis.total === null ? '—' : formatNumber(analysis.total)}`,
          `等级 ${analysis.grade ?? '—'}`,
        ];
        lines.push(`    ${parts.join('  ')}`);
      }
      if (findings.length === 0) lines.push('    未发现问题。');
      for (const severity of ['error', 'warning', 'info'] as const) {
        const group = findings.filter((f) => f.severity === severity);
        counts[severity] += group.length;
        if (group.length === 0) continue;
        lines.push(`    ${SEVERITY_NAMES[severity]}（${String(group.length)}）`);
        for (const f of group) {
          const where = !f.cell
            ? '—'.padEnd(6)
            : check.format === 'docx'
              ? `第 ${String(f.cell.row + 1)} 行第 ${String(f.cell.col + 1)} 列`
              : toA1(f.cell).padEnd(6);
          lines.push(`      ${where} ${f.message}（${ruleTitle(f.rule, 'zh-CN')}）`);
        }
      }
    }
    if (check.forms.length === 0) {
      unreadable++;
      lines.push(`  ${noFormSentence(check.sheetsWithoutForms, check.format)}`);
    } else if (check.format !== 'docx')
      // A report's other tables (staff, projects, …) are not forms: only a workbook's sheets are listed.
      for (const sheet of check.sheetsWithoutForms) lines.push(`  工作表“${sheet}”中没有找到自评表。`);
    lines.push('');
  }
  const summary = `共检查 ${String(checks.length)} 个文件、${String(forms)} 张表：错误 ${String(counts.error)} 个，警告 ${String(counts.warning)} 个，提示 ${String(counts.info)} 个`;
  lines.push(
    unreadable > 0 ? `${summary}；${String(unreadable)} 个文件无法读取或没有自评表。` : `${summary}。`,
  );
  return lines.join('\n') + '\n';
}
