import type { Locale } from '../../domain';
import type { WorkbookHost } from '../../hosts/types';
import { useAutoCheck } from './useAutoCheck';
import { useDesk, useSummaryDownload, type BuildSummary } from './useDesk';
import { useFindingWords } from './useFindingWords';
import { useHostNotes } from './useHostNotes';
import { useLocaleChoice } from './useLocaleChoice';
import { useOpenedFiles, type OpenFile } from './useOpenedFiles';
import { useProfiles } from './useProfiles';
import { useTemplates, type BuildTemplate } from './useTemplates';
import { useWorkbook } from './useWorkbook';

/** Where the pane runs: inside Excel (Office.js host) or as a plain web page working on files. */
export type HostMode = 'excel' | 'file';

/** Why a pane opened inside Excel could not work on the workbook. */
export type StartProblem = 'excel-old' | 'office-missing';

/** What the page gives the pane. */
export interface PaneOptions {
  readonly mode: HostMode;
  /** The Excel host, when running inside Excel. */
  readonly excelHost?: WorkbookHost;
  /** Opens a file in file mode (injected so the pane loads the file reader only when it is needed). */
  readonly openFile?: OpenFile;
  /** Builds a template pack in the browser, as .xlsx bytes (injected: ExcelJS is loaded only then). */
  readonly buildTemplate?: BuildTemplate;
  /** Builds the summary workbook of several files in the browser (injected: ExcelJS is loaded only then). */
  readonly buildSummary?: BuildSummary;
  /** The language the pane starts in (Office's display language, or the browser's). */
  readonly initialLocale?: Locale;
  /** Told when the user picks another language, so that it can be remembered. */
  readonly onLocaleChange?: (locale: Locale) => void;
  /** Why the pane runs in file mode inside Excel, when it does. */
  readonly startProblem?: StartProblem;
}

/** Everything the pane shows and does, from the hooks that talk to the hosts and the core. */
export function usePane({ mode, excelHost, openFile, buildTemplate, buildSummary, ...start }: PaneOptions) {
  const language = useLocaleChoice(start.initialLocale, start.onLocaleChange);
  const { locale } = language;
  const profiles = useProfiles(locale);
  const files = useOpenedFiles(openFile, locale);
  const fileHost = files.shown?.source ?? null;
  const host = mode === 'excel' ? (excelHost ?? null) : fileHost;
  const workbook = useWorkbook(host, profiles.profile, locale);
  const desk = useDesk(files.files, profiles.profile, locale);
  const { state, runCheck } = workbook;
  useAutoCheck({
    file: mode === 'file' ? fileHost : null,
    excel: excelHost,
    checked: state.check !== null,
    locale,
    runCheck,
  });
  const buildHere = mode === 'excel' ? workbook.build : null;
  return {
    mode,
    language,
    profiles,
    files,
    host,
    workbook,
    desk,
    downloadSummary: useSummaryDownload(buildSummary, desk.entries, locale),
    templates: useTemplates({ profile: profiles.profile, locale, buildHere, buildTemplate }),
    notes: useHostNotes(host),
    words: useFindingWords(locale),
    busy: state.busy !== null && state.busy !== '',
    inReport: mode === 'file' && fileHost?.format === 'docx',
  };
}

/** The pane as its components see it. */
export type Pane = ReturnType<typeof usePane>;
