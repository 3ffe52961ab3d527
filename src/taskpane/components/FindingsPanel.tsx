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
import { severityCounts } from '../format';
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
  /** A rule's title in the pane's language. */
  readonly ruleTitle: (rule: string) => string;
  /** What is shown under a form's findings (file mode: the selected finding's row). */
  readonly below?: (form: FormReview) => React.ReactNode;
}

type Picked = { sheet: string; cell: CellPosition } | null;

const formKey = (review: FormReview): string =>
  `${review.form.sheet}:${String(review.form.indicators[0]?.row ?? 0)}`;

/** The forms open: as the user left each, else all when there are few, else the first. */
function useOpenForms(forms: readonly FormReview[]) {
  const [toggled, setToggled] = useState<Readonly<Record<string, boolean>>>({});
  const open = forms
    .map((review, index) => ({ key: formKey(review), index }))
    .filter(({ key, index }) => toggled[key] ?? (forms.length <= 3 || index === 0))
    .map(({ key }) => key);
  const setOpen = (keys: readonly string[]): void =>
    setToggled(Object.fromEntries(forms.map((review) => [formKey(review), keys.includes(formKey(review))])));
  return { open, setOpen };
}

/** The finding selected last, and next/previous through the findings shown that have a cell. */
function useStepping(
  forms: readonly FormReview[],
  shown: ReadonlySet<Severity>,
  onSelect: Props['onSelect'],
) {
  const [current, setCurrent] = useState<Picked>(null);
  const { open, setOpen } = useOpenForms(forms);
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
  return { current, select, step, canStep: steps.length > 0, open, setOpen };
}

interface BarProps {
  readonly forms: readonly FormReview[];
  readonly shown: ReadonlySet<Severity>;
  readonly onShown: (shown: ReadonlySet<Severity>) => void;
  /** Next/previous, when the findings are walked; absent otherwise. */
  readonly step?: ((by: number) => void) | undefined;
  readonly canStep: boolean;
}

/** The severities shown, each with its count, and next/previous problem. */
function SeverityBar({ forms, shown, onShown, step, canStep }: BarProps) {
  const styles = useStyles();
  const { t } = useText();
  const counts = useMemo(() => severityCounts(forms), [forms]);
  const toggle = (severity: Severity): void => {
    const next = new Set(shown);
    if (next.has(severity)) next.delete(severity);
    else next.add(severity);
    onShown(next);
  };
  return (
    <div className={styles.bar} role="toolbar" aria-label={t('pane.findings.filter')}>
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
      {step && (
        <>
          <Button size="small" disabled={!canStep} onClick={() => step(-1)} data-testid="previous">
            {t('pane.findings.previous')}
          </Button>
          <Button size="small" disabled={!canStep} onClick={() => step(1)} data-testid="next">
            {t('pane.findings.next')}
          </Button>
        </>
      )}
    </div>
  );
}

/** A form's name: its project or unit as written, else its sheet. */
const formName = ({ form }: FormReview): string =>
  typeof form.name?.value === 'string' && form.name.value.trim() ? form.name.value.trim() : form.sheet;

/** One form's section: its heading with the count of errors, its figures, its findings. */
function FormSection({ review, children }: { review: FormReview; children: React.ReactNode }) {
  const styles = useStyles();
  const { t } = useText();
  const key = formKey(review);
  const errors = review.findings.filter((f) => f.severity === 'error').length;
  const heading = { kind: t(kindKey(review.form.kind)), errors, total: review.findings.length };
  return (
    <AccordionItem value={key}>
      <AccordionHeader size="small">
        <Text weight="semibold">{formName(review)}</Text>&nbsp;
        <Text size={200}>{t('pane.findings.form-heading', heading)}</Text>
      </AccordionHeader>
      <AccordionPanel>
        <div className={styles.panel}>
          <FormSummary review={review} />
          {children}
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}

/** Every form in its own section (open when few), findings filtered by severity, next/previous problem. */
export function FindingsPanel({ forms, onSelect, stepping, ruleTitle, below }: Props) {
  const styles = useStyles();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const { current, select, step, canStep, open, setOpen } = useStepping(forms, shown, onSelect);
  return (
    <div className={styles.panel}>
      <SeverityBar
        forms={forms}
        shown={shown}
        onShown={setShown}
        step={stepping ? step : undefined}
        canStep={canStep}
      />
      <Accordion
        multiple
        collapsible
        openItems={open}
        onToggle={(_, data) => setOpen(data.openItems.map(String))}
      >
        {forms.map((review) => (
          <FormSection key={formKey(review)} review={review}>
            <FindingsList
              review={review}
              onSelect={select}
              ruleTitle={ruleTitle}
              severities={shown}
              current={current}
            />
            {below?.(review)}
          </FormSection>
        ))}
      </Accordion>
    </div>
  );
}
