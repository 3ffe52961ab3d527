import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { formatNumber, formatPercent, toA1 } from '../../domain';
import type { CellFix } from '../../forms/fixes';
import { useText, type TextKey } from '../i18n';

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

/** The computed cells computedFixes names, in the pane's words. */
const FIX_LABELS: Readonly<Record<string, TextKey>> = {
  执行率: 'summary.rate',
  执行率得分: 'summary.exec-score',
  总分: 'summary.total',
  等级: 'summary.grade',
};

function shown(fix: CellFix): string {
  if (typeof fix.value === 'string') return fix.value;
  return fix.label === '执行率' ? formatPercent(fix.value) : formatNumber(fix.value);
}

interface Props {
  readonly fixes: readonly CellFix[];
  readonly onApply: (fixes: readonly CellFix[]) => void;
  readonly disabled: boolean;
}

/** Computed cells that are empty or wrong, old → new; fill one by one or all at once. */
export function FixList({ fixes, onApply, disabled }: Props) {
  const styles = useStyles();
  const { t } = useText();
  if (fixes.length === 0) return <Text>{t('fixes.none')}</Text>;
  return (
    <div>
      <ul className={styles.list}>
        {fixes.map((fix) => {
          const address = `${fix.sheet}!${toA1(fix.cell)}`;
          const label = FIX_LABELS[fix.label];
          return (
            <li key={address} className={styles.row} data-testid="fix">
              <Text size={200}>
                {address} {label ? t(label) : fix.label}: {fix.before === '' ? t('fixes.empty') : fix.before}{' '}
                → <strong>{shown(fix)}</strong>
              </Text>
              <Button
                size="small"
                disabled={disabled}
                onClick={() => onApply([fix])}
                aria-label={t('fixes.fill-cell', { address })}
              >
                {t('fixes.fill')}
              </Button>
            </li>
          );
        })}
      </ul>
      <Button appearance="primary" disabled={disabled} onClick={() => onApply(fixes)} data-testid="apply-all">
        {t('fixes.fill-all', { count: fixes.length })}
      </Button>
    </div>
  );
}
