import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  Text,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { CellPosition, FormReview, Severity } from '../../domain';
import { kindKey, severityKey, useText } from '../i18n';
import { FindingsList } from './FindingsList';
import { FormSummary } from './FormSummary';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

interface Props {
  readonly forms: readonly FormReview[];
  /** Selects a finding's cell: in Excel the cell itself, in file mode its row shown in context. */
  readonly onSelect: (sheet: string, cell: CellPosition) => void;
  /** Whether next/previous walk the findings (in Excel, where selecting shows the cell). */
  readonly stepping: boolean;
  /** What is shown under a form's findings (file mode: the selected finding's row). */
  readonly below?: (form: FormReview) => React.ReactNode;
}

const formKey = (review: FormReview): string =>
  `${review.form.sheet}:${String(review.form.indicators[0]?.row ?? 0)}`;

/** Every form in its own section (open when few), findings filtered by severity, next/previous problem. */
export function FindingsPanel({ forms, onSelect, stepping, below }: Props) {
  const styles = useStyles();
  const { t } = useText();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const [current, setCurrent] = useState<{ sheet: string; cell: CellPosition } | null>(null);
  // A form is open as the user left it, else when there are few (all open) or it is the first.
  const [toggled, setToggled] = useState<Readonly<Record<string, boolean>>>({});
  const open = forms
    .map((review, index) => ({ key: formKey(review), index }))
    .filter(({ key, index }) => toggled[key] ?? (forms.length <= 3 || index === 0))
    .map(({ key }) => key);
  const setOpen = (keys: readonly string[]): void =>
    setToggled(Object.fromEntries(forms.map((review) => [formKey(review), keys.includes(formKey(review))])));
  const counts = useMemo(() => {
    const all = forms.flatMap((f) => f.findings);
    return Object.fromEntries(
      SEVERITIES.map((s) => [s, all.filter((f) => f.severity === s).length]),
    ) as Record<Severity, number>;
  }, [forms]);
  // Findings with a cell, in the order shown: what next/previous walk through.
  const steps = useMemo(
    () =>
      forms.flatMap((review) =>
        review.findings
          .filter((f) => f.cell && shown.has(f.severity))
          .map((f) => ({ form: formKey(review), sheet: f.sheet, cell: f.cell as CellPosition })),
      ),
    [forms, shown],
  );
  const select = (sheet: string, cell: CellPosition): void => {
    setCurrent({ sheet, cell });
    onSelect(sheet, cell);
  };
  const step = (by: number): void => {
    if (steps.length === 0) return;
    const at = current
      ? steps.findIndex(
          (s) =>
            s.sheet === current.sheet && s.cell.row === current.cell.row && s.cell.col === current.cell.col,
        )
      : -1;
    const next = steps[(at + by + steps.length) % steps.length] ?? steps[0];
    if (!next) return;
    if (!open.includes(next.form)) setOpen([...open, next.form]);
    select(next.sheet, next.cell);
  };
  const toggle = (severity: Severity): void => {
    const next = new Set(shown);
    if (next.has(severity)) next.delete(severity);
    else next.add(severity);
    setShown(next);
  };

  return (
    <div className={styles.panel}>
      <div className={styles.bar} role="toolbar" aria-label={t('findings.filter')}>
        {SEVERITIES.map((severity) => (
          <ToggleButton
            key={severity}
            size="small"
            checked={shown.has(severity)}
            onClick={() => toggle(severity)}
            data-testid={`filter-${severity}`}
          >
            {t(severityKey(severity))} {counts[severity]}
          </ToggleButton>
        ))}
        {stepping && (
          <>
            <Button
              size="small"
              disabled={steps.length === 0}
              onClick={() => step(-1)}
              data-testid="previous"
            >
              {t('findings.previous')}
            </Button>
            <Button size="small" disabled={steps.length === 0} onClick={() => step(1)} data-testid="next">
              {t('findings.next')}
            </Button>
          </>
        )}
      </div>
      <Accordion
        multiple
        collapsible
        openItems={open}
        onToggle={(_, data) => setOpen(data.openItems.map(String))}
      >
        {forms.map((review) => {
          const key = formKey(review);
          const name =
            typeof review.form.name?.value === 'string' && review.form.name.value.trim()
              ? review.form.name.value.trim()
              : review.form.sheet;
          const errors = review.findings.filter((f) => f.severity === 'error').length;
          return (
            <AccordionItem key={key} value={key}>
              <AccordionHeader size="small">
                <Text weight="semibold">{name}</Text>&nbsp;
                <Text size={200}>
                  {t('findings.form-heading', {
                    kind: t(kindKey(review.form.kind)),
                    errors,
                    total: review.findings.length,
                  })}
                </Text>
              </AccordionHeader>
              <AccordionPanel>
                <div className={styles.panel}>
                  <FormSummary review={review} />
                  <FindingsList review={review} onSelect={select} severities={shown} current={current} />
                  {below?.(review)}
                </div>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </div>
  );
}
