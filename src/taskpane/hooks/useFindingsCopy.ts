import { useCallback } from 'react';
import { toA1, type FormReview } from '../../domain';
import type { WorkbookSource } from '../../hosts/types';
import { kindKey, severityKey, type Translate } from '../i18n';
import type { Tasks } from './useTasks';

/** Where a finding is, as the file has it: `附件2!G4`, or in a Word report `表1 4行7列`. */
function placeOf(sheet: string, cell: { row: number; col: number } | null, inReport: boolean, t: Translate) {
  if (!cell) return sheet;
  return inReport
    ? `${sheet} ${t('pane.place.cell', { row: cell.row + 1, col: cell.col + 1 })}`
    : `${sheet}!${toA1(cell)}`;
}

/** The findings as plain text, form by form, to paste into review notes or an email. */
export function findingsText(forms: readonly FormReview[], inReport: boolean, t: Translate): string {
  return forms
    .filter((review) => review.findings.length > 0)
    .map(({ form, findings }) => {
      const name =
        typeof form.name?.value === 'string' && form.name.value.trim() ? form.name.value.trim() : form.sheet;
      const lines = findings.map(
        (f) => `  ${t(severityKey(f.severity))} ${placeOf(f.sheet, f.cell, inReport, t)} ${f.message}`,
      );
      return [t('pane.copy-findings.form', { name, kind: t(kindKey(form.kind)) }), ...lines].join('\n');
    })
    .join('\n\n');
}

/** Puts text on the clipboard; where the webview withholds the Clipboard API, through a selected text area. */
async function toClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    // The older way, still honoured by the webviews that refuse the Clipboard API without a permission.
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

/** 复制问题清单: the shown check's findings, as text, onto the clipboard. */
export function useFindingsCopy(host: WorkbookSource | null, { state, task }: Tasks, t: Translate) {
  return useCallback(
    () =>
      task(host, '', async (h) => {
        const forms = state.check?.forms ?? [];
        const count = forms.reduce((sum, review) => sum + review.findings.length, 0);
        const inReport = 'format' in h && h.format === 'docx';
        if (!(await toClipboard(findingsText(forms, inReport, t))))
          throw new Error(t('pane.copy-findings.failed'));
        return { notice: t('pane.done.copy-findings', { count }) };
      }),
    [task, host, state.check, t],
  );
}
