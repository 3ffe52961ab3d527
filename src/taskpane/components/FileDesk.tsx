import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { showRate, showScore } from '../format';
import type { DeskEntry, DeskLine } from '../hooks/useDesk';
import { useText } from '../i18n';

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: {
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
    width: '100%',
    padding: tokens.spacingVerticalXS,
  },
  lines: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  readonly entries: readonly DeskEntry[];
  /** Every form of every file, worst first. */
  readonly lines: readonly DeskLine[];
  /** The file shown below the list. */
  readonly current: number;
  readonly onOpen: (index: number) => void;
  readonly onDownload: () => void;
  readonly busy: boolean;
}

/** One form as a line of the desk: its name and grade, its file, and its figures. */
function FormLine({
  line: [entry, form],
  current,
  onOpen,
}: Pick<Props, 'current' | 'onOpen'> & { line: DeskLine }) {
  const styles = useStyles();
  const { t } = useText();
  return (
    <Button
      appearance={entry.index === current ? 'secondary' : 'subtle'}
      className={styles.item}
      onClick={() => onOpen(entry.index)}
      data-testid="desk-row"
      data-file={entry.name}
      data-errors={form.errors}
    >
      <span className={styles.lines}>
        <span className={styles.head}>
          <Text weight="semibold">{form.project || form.unit || form.department || form.sheet}</Text>
          {form.grade && <Badge appearance="outline">{form.grade}</Badge>}
        </span>
        <Text size={200}>
          {entry.name} · {form.sheet}
        </Text>
        <Text size={200}>
          {t('pane.desk.rate')} {showRate(form.rate)} · {t('pane.desk.total')} {showScore(form.total)} ·{' '}
          <span className={form.errors > 0 ? styles.bad : undefined}>
            {t('pane.desk.errors')} {form.errors}
          </span>{' '}
          ·{' '}
          <span className={form.deviations > 0 ? styles.bad : undefined}>
            {t('pane.desk.deviations')} {form.deviations}
          </span>
        </Text>
      </span>
    </Button>
  );
}

/** A file without forms: refused, or read and holding none. */
function UncheckedFile({ entry }: { entry: DeskEntry }) {
  const styles = useStyles();
  const { t } = useText();
  return (
    <li data-testid="desk-row" data-file={entry.name}>
      <Text weight="semibold">{entry.name}</Text>{' '}
      <Text className={styles.bad}>{entry.error ? t('pane.desk.refused') : t('pane.desk.no-form')}</Text>
      <Text size={200}> {entry.error ?? entry.sheetsWithoutForms.join('、')}</Text>
    </li>
  );
}

/** Every form of every opened file, worst first, as lines that fit a narrow pane; a click shows that file. */
export function FileDesk({ entries, lines, current, onOpen, onDownload, busy }: Props) {
  const styles = useStyles();
  const { t } = useText();
  const unchecked = entries.filter((entry) => entry.forms.length === 0);
  return (
    <div className={styles.wrap} data-testid="desk">
      <Text>{t('pane.desk.title', { count: entries.length })}</Text>
      <ul className={styles.list}>
        {lines.map((line) => {
          const [entry, form] = line;
          return (
            <li key={`${String(entry.index)}-${form.sheet}-${form.project}-${form.unit}`}>
              <FormLine line={line} current={current} onOpen={onOpen} />
            </li>
          );
        })}
        {unchecked.map((entry) => (
          <UncheckedFile key={`unchecked-${String(entry.index)}`} entry={entry} />
        ))}
      </ul>
      <Button onClick={onDownload} disabled={busy} data-testid="download-summary">
        {t('pane.desk.download')}
      </Button>
    </div>
  );
}
