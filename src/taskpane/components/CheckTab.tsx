import { Divider, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Severity } from '../../domain';
import type { WorkbookCheck } from '../../forms/check';
import type { Desk } from '../hooks/useDesk';
import type { FindingWords } from '../hooks/useFindingWords';
import type { OpenedFiles } from '../hooks/useOpenedFiles';
import type { HostMode } from '../hooks/usePane';
import type { Workbook } from '../hooks/useWorkbook';
import { severityCounts } from '../format';
import { profileName, useText } from '../i18n';
import { usePlace } from '../place';
import { CheckActions } from './CheckActions';
import { DeskSection } from './DeskSection';
import { FindingsPanel } from './FindingsPanel';
import { FixList } from './FixList';
import { RowContext } from './RowContext';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The check's one-line summary, and the sheets where no form was found. */
function CheckSummary({ check, counts }: { check: WorkbookCheck; counts: Record<Severity, number> }) {
  const { t, locale } = useText();
  const { inReport } = usePlace();
  const summary = {
    forms: check.forms.length,
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
    profile: profileName(check.profile, locale),
  };
  return (
    <>
      <Text data-testid="summary">{t('pane.summary', summary)}</Text>
      {/* A report's other tables (staff lists, budgets) are not forms: said only when none of them is. */}
      {inReport && check.forms.length === 0 && (
        <Text size={200}>{t('pane.no-form.report', { count: check.sheetsWithoutForms.length })}</Text>
      )}
      {!inReport &&
        check.sheetsWithoutForms.map((sheet) => (
          <Text key={sheet} size={200}>
            {t('pane.no-form', { sheet })}
          </Text>
        ))}
    </>
  );
}

interface ResultProps {
  readonly mode: HostMode;
  readonly workbook: Workbook;
  readonly files: OpenedFiles;
  readonly words: FindingWords;
  readonly busy: boolean;
}

/** The forms' findings (a click selects the cell in Excel, shows its row in file mode), then the fixes. */
function CheckResults({ mode, workbook, files, words, busy }: ResultProps) {
  const { t } = useText();
  const { state } = workbook;
  const forms = state.check?.forms ?? [];
  const { picked } = files;
  return (
    <>
      {forms.length > 0 && (
        <FindingsPanel
          key={files.shown?.name ?? 'excel'}
          forms={forms}
          stepping={mode === 'excel'}
          ruleTitle={words.ruleTitle}
          onSelect={(sheet, cell) => {
            if (mode === 'excel') void workbook.select(sheet, cell);
            else files.pick({ sheet, cell });
          }}
          below={(review) =>
            mode === 'file' && picked && picked.sheet === review.form.sheet ? (
              <RowContext grid={workbook.gridOf(picked.sheet)} cell={picked.cell} />
            ) : null
          }
        />
      )}
      {state.check && (
        <>
          <Divider>{t('pane.fill-computed')}</Divider>
          <FixList
            fixes={state.fixes}
            disabled={busy}
            fixValue={words.fixValue}
            onApply={mode === 'excel' ? (fixes) => void workbook.applyFixes(fixes) : undefined}
          />
        </>
      )}
    </>
  );
}

interface Props extends ResultProps {
  readonly desk: Desk;
  readonly onDownloadSummary: () => void;
  /** Whether there is a workbook to check. */
  readonly canCheck: boolean;
}

/** 检查: open (file mode), check, mark or download, and what the check found. */
export function CheckTab({ desk, onDownloadSummary, canCheck, ...results }: Props) {
  const styles = useStyles();
  const { mode, workbook, files, busy } = results;
  const forms = workbook.state.check?.forms;
  const counts = useMemo(() => severityCounts(forms ?? []), [forms]);
  return (
    <div className={styles.section}>
      {mode === 'file' && (
        <DeskSection files={files} desk={desk} onDownloadSummary={onDownloadSummary} busy={busy} />
      )}
      <CheckActions
        mode={mode}
        workbook={workbook}
        canCheck={canCheck}
        problems={counts.error + counts.warning}
        busy={busy}
      />
      {workbook.state.check && <CheckSummary check={workbook.state.check} counts={counts} />}
      <CheckResults {...results} />
    </div>
  );
}
