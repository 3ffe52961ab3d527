import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { CellFix, FixField } from '../../forms/fixes';
import { useText, type TextKey } from '../i18n';
import { usePlace } from '../place';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  row: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
});

/** The computed cells, in the pane's words. */
const FIELD_TEXT: Readonly<Record<FixField, TextKey>> = {
  rate: 'pane.summary.rate',
  'exec-score': 'pane.summary.exec-score',
  total: 'pane.summary.total',
  grade: 'pane.summary.grade',
};

interface Props {
  readonly fixes: readonly CellFix[];
  /** Fills cells in place (Excel); absent in file mode, where the fills go into the checked copy. */
  readonly onApply?: (fixes: readonly CellFix[]) => void;
  readonly disabled: boolean;
  /** A fix's new value as the form shows it. */
  readonly fixValue: (fix: CellFix) => string;
}

/** Computed cells that are empty or wrong, old → new; fill one by one or all at once. */
export function FixList({ fixes, onApply, disabled, fixValue }: Props) {
  const styles = useStyles();
  const { t } = useText();
  const place = usePlace();
  if (fixes.length === 0) return <Text>{t('pane.fixes.none')}</Text>;
  return (
    <div>
      {!onApply && <Text size={200}>{t('pane.fixes.in-copy')}</Text>}
      {onApply && (
        <Text size={200} data-testid="no-undo">
          {t('pane.fixes.no-undo')}
        </Text>
      )}
      <ul className={styles.list}>
        {fixes.map((fix) => {
          const address = place.inReport
            ? `${fix.sheet} ${place.cell(fix.cell)}`
            : `${fix.sheet}!${place.address(fix.cell)}`;
          return (
            <li key={address} className={styles.row} data-testid="fix">
              <Text size={200}>
                {address} {t(FIELD_TEXT[fix.field])}: {fix.before === '' ? t('pane.fixes.empty') : fix.before}{' '}
                → <strong>{fixValue(fix)}</strong>
              </Text>
              {onApply && (
                <Button
                  size="small"
                  disabled={disabled}
                  onClick={() => onApply([fix])}
                  aria-label={t('pane.fixes.fill-cell', { address })}
                >
                  {t('pane.fixes.fill')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {onApply && (
        <Button
          appearance="primary"
          disabled={disabled}
          onClick={() => onApply(fixes)}
          data-testid="apply-all"
        >
          {t('pane.fixes.fill-all', { count: fixes.length })}
        </Button>
      )}
    </div>
  );
}
