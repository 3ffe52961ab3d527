import { Button, Checkbox, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { NATIONAL, type FormKind, type Profile } from '../../domain';
import { buildTemplates, DEFAULT_ROWS_PER_LEVEL2, DEFAULT_SPECIAL_ROWS } from '../../forms/templates';
import type { WorkbookPlan } from '../../sheet/plan';
import { useText, type TextKey } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

interface Props {
  readonly profile: Profile | undefined;
  readonly actionLabel: string;
  readonly disabled: boolean;
  readonly onBuild: (plan: WorkbookPlan) => void;
}

const KIND_CHOICES: readonly [FormKind, TextKey][] = [
  ['project', 'template.kind.project'],
  ['overall', 'template.kind.overall'],
  ['basic', 'template.kind.basic'],
];

/** 新建模板: which forms, for whom, which year, which projects. */
export function TemplatePanel({ profile, actionLabel, disabled, onBuild }: Props) {
  const styles = useStyles();
  const { t } = useText();
  const [kinds, setKinds] = useState<ReadonlySet<FormKind>>(new Set(['project', 'overall', 'basic']));
  const [unit, setUnit] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [projects, setProjects] = useState('');
  const [rows, setRows] = useState(String(DEFAULT_ROWS_PER_LEVEL2));
  const [specialRows, setSpecialRows] = useState(String(DEFAULT_SPECIAL_ROWS));
  const [issuer, setIssuer] = useState({ bureau: '', notice: '', deadline: '' });
  const [example, setExample] = useState(false);
  const yearNumber = Number(year);
  const yearOk = Number.isInteger(yearNumber) && yearNumber >= 2000 && yearNumber <= 2100;
  const within = (text: string, min: number, max: number): boolean => {
    const value = Number(text);
    return Number.isInteger(value) && value >= min && value <= max;
  };
  const rowsOk = within(rows, 1, 50);
  const specialOk = within(specialRows, 1, 200);

  const toggle = (kind: FormKind, checked: boolean): void => {
    const next = new Set(kinds);
    if (checked) next.add(kind);
    else next.delete(kind);
    setKinds(next);
  };

  const build = (): void => {
    const names = projects
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    onBuild(
      buildTemplates({
        kinds: [...kinds],
        profile: profile ?? NATIONAL,
        unit: unit.trim(),
        year: yearNumber,
        projects: names,
        rowsPerLevel2: Number(rows),
        specialRows: Number(specialRows),
        issuer: {
          ...(issuer.bureau.trim() ? { bureau: issuer.bureau.trim() } : {}),
          ...(issuer.notice.trim() ? { notice: issuer.notice.trim() } : {}),
          ...(issuer.deadline.trim() ? { deadline: issuer.deadline.trim() } : {}),
        },
        example,
      }),
    );
  };

  return (
    <div className={styles.root}>
      <fieldset>
        <legend>{t('template.forms')}</legend>
        {KIND_CHOICES.map(([kind, label]) => (
          <Checkbox
            key={kind}
            label={t(label)}
            checked={kinds.has(kind)}
            onChange={(_, data) => toggle(kind, data.checked === true)}
          />
        ))}
      </fieldset>
      <Field label={t('template.unit')}>
        <Input value={unit} onChange={(_, data) => setUnit(data.value)} data-testid="unit" />
      </Field>
      <Field label={t('template.year')} validationMessage={yearOk ? undefined : t('template.year-hint')}>
        <Input value={year} onChange={(_, data) => setYear(data.value)} inputMode="numeric" />
      </Field>
      <Field label={t('template.projects')}>
        <Textarea
          value={projects}
          onChange={(_, data) => setProjects(data.value)}
          resize="vertical"
          data-testid="projects"
        />
      </Field>
      <Field
        label={t('template.rows')}
        validationMessage={rowsOk ? undefined : t('template.count-hint', { min: 1, max: 50 })}
      >
        <Input
          value={rows}
          onChange={(_, data) => setRows(data.value)}
          inputMode="numeric"
          data-testid="rows"
        />
      </Field>
      {kinds.has('basic') && (
        <Field
          label={t('template.special-rows')}
          validationMessage={specialOk ? undefined : t('template.count-hint', { min: 1, max: 200 })}
        >
          <Input value={specialRows} onChange={(_, data) => setSpecialRows(data.value)} inputMode="numeric" />
        </Field>
      )}
      <fieldset>
        <legend>{t('template.issuer')}</legend>
        {(['bureau', 'notice', 'deadline'] as const).map((key) => (
          <Field key={key} label={t(`template.${key}`)}>
            <Input
              value={issuer[key]}
              onChange={(_, data) => setIssuer((before) => ({ ...before, [key]: data.value }))}
            />
          </Field>
        ))}
      </fieldset>
      <Checkbox
        label={t('template.example')}
        checked={example}
        onChange={(_, data) => setExample(data.checked === true)}
        data-testid="example"
      />
      <Button
        appearance="primary"
        disabled={disabled || kinds.size === 0 || !yearOk || !rowsOk || (kinds.has('basic') && !specialOk)}
        onClick={build}
        data-testid="build"
      >
        {actionLabel}
      </Button>
    </div>
  );
}
