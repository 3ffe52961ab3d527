import { useCallback } from 'react';
import { NATIONAL, type Locale, type Profile } from '../../domain';
import {
  buildTemplates,
  DEFAULT_ROWS_PER_LEVEL2,
  DEFAULT_SPECIAL_ROWS,
  type TemplateOptions,
} from '../../forms/templates';
import type { WorkbookPlan } from '../../sheet/plan';
import { downloadBytes } from '../download';
import { uiText } from '../i18n';

/** What the user chooses of a template pack; the profile is the pane's. */
export type TemplateChoices = Omit<TemplateOptions, 'profile'>;

/** The template form's starting counts. */
export const TEMPLATE_DEFAULTS = {
  rowsPerLevel2: DEFAULT_ROWS_PER_LEVEL2,
  specialRows: DEFAULT_SPECIAL_ROWS,
};

/** Builds a template pack as .xlsx bytes in the browser (injected: ExcelJS is loaded only then). */
export type BuildTemplate = (plan: WorkbookPlan) => Promise<ArrayBuffer>;

interface Options {
  readonly profile: Profile | undefined;
  readonly locale: Locale;
  /** Builds the pack into the open workbook (Excel); absent in file mode, where it is downloaded. */
  readonly buildHere: ((plan: WorkbookPlan) => Promise<void>) | null;
  readonly buildTemplate: BuildTemplate | undefined;
}

/** 新建模板: a pack of the chosen forms with the pane's profile, built in Excel or downloaded. */
export function useTemplates({ profile, locale, buildHere, buildTemplate }: Options) {
  const make = useCallback(
    async (choices: TemplateChoices) => {
      const plan = buildTemplates({ ...choices, profile: profile ?? NATIONAL });
      if (buildHere) await buildHere(plan);
      else if (buildTemplate) downloadBytes(await buildTemplate(plan), uiText(locale, 'pane.template-file'));
    },
    [profile, locale, buildHere, buildTemplate],
  );
  return { defaults: TEMPLATE_DEFAULTS, make };
}

/** Template building as the pane's components see it. */
export type Templates = ReturnType<typeof useTemplates>;
