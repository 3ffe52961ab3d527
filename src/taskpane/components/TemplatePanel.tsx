import { Button, Checkbox, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { NATIONAL, type FormKind, type Profile } from '../../domain';
import { buildTemplates } from '../../forms/templates';
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
  const yearNumber = Number(year);
  const yearOk = Number.isInteger(yearNumber) && yearNumber >= 2000 && yearNumber <= 2100;

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
      <Button
        appearance="primary"
        disabled={disabled || kinds.size === 0 || !yearOk}
        onClick={build}
        data-testid="build"
      >
        {actionLabel}
      </Button>
    </div>
  );
}
