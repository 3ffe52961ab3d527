import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { HostMode } from '../hooks/usePane';
import type { Workbook } from '../hooks/useWorkbook';
import { useText } from '../i18n';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface Props {
  readonly mode: HostMode;
  readonly workbook: Workbook;
  /** Whether there is a workbook to check. */
  readonly canCheck: boolean;
  /** Errors and warnings found: what marking would mark. */
  readonly problems: number;
  readonly busy: boolean;
}

/** 检查, then in Excel 标记 / 清除标记, in file mode the checked copy; and the findings as text to paste. */
export function CheckActions({ mode, workbook, canCheck, problems, busy }: Props) {
  const styles = useStyles();
  const { t } = useText();
  const { state } = workbook;
  const checked = state.check !== null;
  return (
    <div className={styles.actions}>
      <Button
        appearance="primary"
        disabled={!canCheck || busy}
        onClick={() => void workbook.runCheck()}
        data-testid="check"
      >
        {t('pane.check')}
      </Button>
      {mode === 'excel' && (
        <Button
          disabled={!checked || busy || problems === 0}
          onClick={() => void workbook.mark()}
          data-testid="mark"
        >
          {t('pane.mark')}
        </Button>
      )}
      {mode === 'excel' && (
        <Button
          disabled={!state.marked || busy}
          onClick={() => void workbook.clearMarks()}
          data-testid="clear-marks"
        >
          {t('pane.clear-marks')}
        </Button>
      )}
      {mode === 'file' && (
        <Button
          disabled={!checked || busy}
          onClick={() => void workbook.downloadCopy()}
          data-testid="download-copy"
        >
          {t('pane.download-copy')}
        </Button>
      )}
      <Button
        disabled={!checked || busy || problems === 0}
        onClick={() => void workbook.copyFindings()}
        data-testid="copy-findings"
      >
        {t('pane.copy-findings')}
      </Button>
    </div>
  );
}
