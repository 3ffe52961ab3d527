import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { CellPosition, Finding, FormReview, Severity } from '../../domain';
import { severityKey, useText } from '../i18n';
import { usePlace } from '../place';

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

/** A finding's cell, when one is selected. */
type Current = { readonly sheet: string; readonly cell: CellPosition } | null | undefined;

interface Props {
  readonly review: FormReview;
  readonly onSelect: (sheet: string, cell: CellPosition) => void;
  /** A rule's title in the pane's language, for a finding's tooltip. */
  readonly ruleTitle: (rule: string) => string;
  /** The severities shown; all when absent. */
  readonly severities?: ReadonlySet<Severity>;
  /** The finding selected last (by a click or next/previous), shown as current. */
  readonly current?: Current;
}

const isAt = (current: Current, finding: Finding): boolean =>
  !!current &&
  !!finding.cell &&
  current.sheet === finding.sheet &&
  current.cell.row === finding.cell.row &&
  current.cell.col === finding.cell.col;

/** One finding as a button that selects its cell (keyboard too), its place said the way the file has it. */
function FindingItem({
  finding,
  onSelect,
  ruleTitle,
  current,
}: Omit<Props, 'review'> & { finding: Finding }) {
  const styles = useStyles();
  const { t } = useText();
  const place = usePlace();
  const { cell } = finding;
  const address = cell ? place.address(cell) : '—';
  const shown = cell ? place.cell(cell) : '—';
  return (
    <Button
      appearance={isAt(current, finding) ? 'secondary' : 'subtle'}
      className={styles.item}
      disabled={!cell}
      onClick={() => cell && onSelect(finding.sheet, cell)}
      data-testid="finding"
      data-rule={finding.rule}
      data-cell={address}
      title={t('pane.findings.jump', {
        rule: ruleTitle(finding.rule),
        address: place.inReport ? `${finding.sheet} ${shown}` : `${finding.sheet}!${address}`,
      })}
    >
      <span className={styles.address}>{shown}</span>
      <span>{finding.message}</span>
    </Button>
  );
}

/** One form's findings by severity with counts; each finding selects its cell. */
export function FindingsList({ review, severities, ...item }: Props) {
  const styles = useStyles();
  const { t } = useText();
  const place = usePlace();
  if (review.findings.length === 0) return <Text>{t('pane.findings.none')}</Text>;
  const shown = (['error', 'warning', 'info'] as const)
    .filter((severity) => !severities || severities.has(severity))
    .map((severity) => [severity, review.findings.filter((f) => f.severity === severity)] as const)
    .filter(([, group]) => group.length > 0);
  return (
    <div>
      {shown.map(([severity, group]) => (
        <section
          key={severity}
          aria-label={t('pane.findings.group', { severity: t(severityKey(severity)), count: group.length })}
        >
          <div className={styles.heading}>
            <Badge color={COLORS[severity]} appearance="filled">
              {t(severityKey(severity))}
            </Badge>
            <Text weight="semibold">{group.length}</Text>
          </div>
          <ul className={styles.group}>
            {group.map((finding, index) => (
              <li
                key={`${finding.rule}-${finding.cell ? place.address(finding.cell) : '—'}-${String(index)}`}
              >
                <FindingItem finding={finding} {...item} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
