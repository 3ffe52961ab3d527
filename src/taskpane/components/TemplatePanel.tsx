import { Button, Checkbox, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { FormKind } from '../../domain';
import type { TemplateChoices, Templates } from '../hooks/useTemplates';
import { useText, type TextKey } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

interface Props {
  readonly templates: Templates;
  /** In Excel the pack is added to the open workbook; in file mode it is downloaded. */
  readonly intoWorkbook: boolean;
  readonly disabled: boolean;
}

const KIND_CHOICES: readonly [FormKind, TextKey][] = [
  ['project', 'pane.template.kind.project'],
  ['overall', 'pane.template.kind.overall'],
  ['basic', 'pane.template.kind.basic'],
];

/** A whole number from min to max, as typed. */
function within(text: string, min: number, max: number): boolean {
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max;
}

/** The form's fields as typed, whether they can be used, and the choices they make. */
function useChoices(defaults: Templates['defaults']) {
  const [kinds, setKinds] = useState<ReadonlySet<FormKind>>(new Set(['project', 'overall', 'basic']));
  const [unit, setUnit] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [projects, setProjects] = useState('');
  const [rows, setRows] = useState(String(defaults.rowsPerLevel2));
  const [specialRows, setSpecialRows] = useState(String(defaults.specialRows));
  const [issuer, setIssuer] = useState({ bureau: '', notice: '', deadline: '' });
  const [example, setExample] = useState(false);
  const ok = {
    year: within(year, 2000, 2100),
    rows: within(rows, 1, 50),
    special: within(specialRows, 1, 200),
  };
  const complete = kinds.size > 0 && ok.year && ok.rows && (!kinds.has('basic') || ok.special);
  const trimmed = (key: keyof typeof issuer) => (issuer[key].trim() ? { [key]: issuer[key].trim() } : {});
  const choices = (): TemplateChoices => ({
    kinds: [...kinds],
    unit: unit.trim(),
    year: Number(year),
    projects: projects
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    rowsPerLevel2: Number(rows),
    specialRows: Number(specialRows),
    issuer: { ...trimmed('bureau'), ...trimmed('notice'), ...trimmed('deadline') },
    example,
  });
  const fields = { kinds, unit, year, projects, rows, specialRows, issuer, example };
  const set = { setKinds, setUnit, setYear, setProjects, setRows, setSpecialRows, setIssuer, setExample };
  return { fields, set, ok, complete, choices };
}

type Choices = ReturnType<typeof useChoices>;

/** Which forms the pack holds. */
function KindChoices({ fields: { kinds }, set }: Choices) {
  const { t } = useText();
  const toggle = (kind: FormKind, checked: boolean): void => {
    const next = new Set(kinds);
    if (checked) next.add(kind);
    else next.delete(kind);
    set.setKinds(next);
  };
  return (
    <fieldset>
      <legend>{t('pane.template.forms')}</legend>
      {KIND_CHOICES.map(([kind, label]) => (
        <Checkbox
          key={kind}
          label={t(label)}
          checked={kinds.has(kind)}
          onChange={(_, data) => toggle(kind, data.checked === true)}
        />
      ))}
    </fieldset>
  );
}

/** For whom, which year, which projects. */
function UnitFields({ fields, set, ok }: Choices) {
  const { t } = useText();
  return (
    <>
      <Field label={t('pane.template.unit')}>
        <Input value={fields.unit} onChange={(_, data) => set.setUnit(data.value)} data-testid="unit" />
      </Field>
      <Field
        label={t('pane.template.year')}
        validationMessage={ok.year ? undefined : t('pane.template.year-hint')}
      >
        <Input value={fields.year} onChange={(_, data) => set.setYear(data.value)} inputMode="numeric" />
      </Field>
      <Field label={t('pane.template.projects')}>
        <Textarea
          value={fields.projects}
          onChange={(_, data) => set.setProjects(data.value)}
          resize="vertical"
          data-testid="projects"
        />
      </Field>
    </>
  );
}

/** How many blank rows the forms get. */
function RowFields({ fields, set, ok }: Choices) {
  const { t } = useText();
  return (
    <>
      <Field
        label={t('pane.template.rows')}
        validationMessage={ok.rows ? undefined : t('pane.template.count-hint', { min: 1, max: 50 })}
      >
        <Input
          value={fields.rows}
          onChange={(_, data) => set.setRows(data.value)}
          inputMode="numeric"
          data-testid="rows"
        />
      </Field>
      {fields.kinds.has('basic') && (
        <Field
          label={t('pane.template.special-rows')}
          validationMessage={ok.special ? undefined : t('pane.template.count-hint', { min: 1, max: 200 })}
        >
          <Input
            value={fields.specialRows}
            onChange={(_, data) => set.setSpecialRows(data.value)}
            inputMode="numeric"
          />
        </Field>
      )}
    </>
  );
}

/** Who sends the pack out (a finance bureau), all optional. */
function IssuerFields({ fields: { issuer }, set }: Choices) {
  const { t } = useText();
  return (
    <fieldset>
      <legend>{t('pane.template.issuer')}</legend>
      {(['bureau', 'notice', 'deadline'] as const).map((key) => (
        <Field key={key} label={t(`pane.template.${key}`)}>
          <Input
            value={issuer[key]}
            onChange={(_, data) => set.setIssuer((before) => ({ ...before, [key]: data.value }))}
          />
        </Field>
      ))}
    </fieldset>
  );
}

/** 新建模板: which forms, for whom, which year, which projects. */
export function TemplatePanel({ templates, intoWorkbook, disabled }: Props) {
  const styles = useStyles();
  const { t } = useText();
  const choices = useChoices(templates.defaults);
  const { fields, set } = choices;
  return (
    <div className={styles.root}>
      <KindChoices {...choices} />
      <UnitFields {...choices} />
      <RowFields {...choices} />
      <IssuerFields {...choices} />
      <Checkbox
        label={t('pane.template.example')}
        checked={fields.example}
        onChange={(_, data) => set.setExample(data.checked === true)}
        data-testid="example"
      />
      <Button
        appearance="primary"
        disabled={disabled || !choices.complete}
        onClick={() => void templates.make(choices.choices())}
        data-testid="build"
      >
        {intoWorkbook ? t('pane.build-here') : t('pane.download-template')}
      </Button>
    </div>
  );
}
