import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { formatNumber, formatPercent, toA1 } from '../../domain';
import type { CellFix } from '../../forms/fixes';

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
  if (fixes.length === 0) return <Text>计算值都已正确填写。</Text>;
  return (
    <div>
      <ul className={styles.list}>
        {fixes.map((fix) => {
          const address = `${fix.sheet}!${toA1(fix.cell)}`;
          return (
            <li key={address} className={styles.row} data-testid="fix">
              <Text size={200}>
                {address} {fix.label}：{fix.before === '' ? '（空）' : fix.before} →{' '}
                <strong>{shown(fix)}</strong>
              </Text>
              <Button
                size="small"
                disabled={disabled}
                onClick={() => onApply([fix])}
                aria-label={`填写 ${address}`}
              >
                填写
              </Button>
            </li>
          );
        })}
      </ul>
      <Button appearance="primary" disabled={disabled} onClick={() => onApply(fixes)} data-testid="apply-all">
        全部填写（{fixes.length}）
      </Button>
    </div>
  );
}
