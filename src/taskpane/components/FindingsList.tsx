import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { toA1, type CellPosition, type FormReview, type Severity } from '../../domain';
import { usePlace } from '../place';
import { ruleTitle } from '../../forms/fixes';
import { severityKey, useText } from '../i18n';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  item: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    height: 'auto',
    padding: tokens.spacingVerticalXS,
    width: '100%',
  },
  address: {
    minWidth: '3.5em',
    flexShrink: 0,
    whiteSpace: 'nowrap',
    paddingRight: tokens.spacingHorizontalXS,
    fontFamily: tokens.fontFamilyMonospace,
  },
  heading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
  },
});

const COLORS: Readonly<Record<Severity, 'danger' | 'warning' | 'informative'>> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

interface Props {
  readonly review: FormReview;
  readonly onSelect: (sheet: string, cell: CellPosition) => void;
  /** The severities shown; all when absent. */
  readonly severities?: ReadonlySet<Severity>;
  /** The finding selected last (by a click or next/previous), shown as current. */
  readonly current?: { readonly sheet: string; readonly cell: CellPosition } | null;
}

/** One form's findings by severity with counts; each finding selects its cell (keyboard too: it is a button). */
export function FindingsList({ review, onSelect, severities, current }: Props) {
  const styles = useStyles();
  const { t, locale } = useText();
  const place = usePlace();
  if (review.findings.length === 0) return <Text>{t('findings.none')}</Text>;
  return (
    <div>
      {(['error', 'warning', 'info'] as const).map((severity) => {
        if (severities && !severities.has(severity)) return null;
        const group = review.findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <section
            key={severity}
            aria-label={t('findings.group', { severity: t(severityKey(severity)), count: group.length })}
          >
            <div className={styles.heading}>
              <Badge color={COLORS[severity]} appearance="filled">
                {t(severityKey(severity))}
              </Badge>
              <Text weight="semibold">{group.length}</Text>
            </div>
            <ul className={styles.group}>
              {group.map((finding, index) => {
                const cell = finding.cell;
                const address = cell ? toA1(cell) : '—';
                const shown = cell ? place.cell(cell) : '—';
                return (
                  <li key={`${finding.rule}-${address}-${String(index)}`}>
                    <Button
                      appearance={
                        current &&
                        cell &&
                        current.sheet === finding.sheet &&
                        current.cell.row === cell.row &&
                        current.cell.col === cell.col
                          ? 'secondary'
                          : 'subtle'
                      }
                      className={styles.item}
                      disabled={!cell}
                      onClick={() => cell && onSelect(finding.sheet, cell)}
                      data-testid="finding"
                      data-rule={finding.rule}
                      data-cell={address}
                      title={t('findings.jump', {
                        rule: ruleTitle(finding.rule, locale),
                        address: place.inReport ? `${finding.sheet} ${shown}` : `${finding.sheet}!${address}`,
                      })}
                    >
                      <span className={styles.address}>{shown}</span>
                      <span>{finding.message}</span>
                    </Button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
