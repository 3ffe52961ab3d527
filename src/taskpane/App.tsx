import {
  Button,
  Divider,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Tab,
  TabList,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CellPosition, Locale, Profile } from '../domain';
import type { DeskFile } from '../hosts/xlsx/browser-host';
import { failureText, type FileSource, type WorkbookHost, type WorkbookSource } from '../hosts/types';
import type { WorkbookPlan } from '../sheet/plan';
import { FileOpener } from './components/FileOpener';
import { FileDesk } from './components/FileDesk';
import { FindingsPanel } from './components/FindingsPanel';
import { RowContext } from './components/RowContext';
import { FixList } from './components/FixList';
import { ProfilePicker } from './components/ProfilePicker';
import { TemplatePanel } from './components/TemplatePanel';
import { downloadBytes } from './download';
import { useDesk, type OpenedFile } from './hooks/useDesk';
import { useWorkbook } from './hooks/useWorkbook';
import { LANGUAGES, LocaleContext, profileName, translator, type TextKey } from './i18n';
import { ReportContext } from './place';

/** Where the pane runs: inside Excel (Office.js host) or as a plain web page working on files. */
export type HostMode = 'excel' | 'file';

const MODE_LABELS: Readonly<Record<HostMode, TextKey>> = { excel: 'mode.excel', file: 'mode.file' };

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minWidth: '280px',
    maxWidth: '720px',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Re-check this long after the last edit (typing fires a change per cell). */
const LIVE_CHECK_DELAY_MS = 800;

/** Names what this Excel cannot do, so nobody wonders why a feature is missing. */
function capabilityNotes(host: WorkbookSource): TextKey[] {
  const { capabilities: c } = host;
  const notes: TextKey[] = [];
  if (!c.dataValidation) notes.push('note.validation');
  if (!c.conditionalFormats) notes.push('note.conditional');
  if (c.notes === 'none') notes.push('note.notes');
  if (!c.liveCheck && host.kind === 'excel') notes.push('note.live');
  return notes;
}

interface AppProps {
  readonly mode: HostMode;
  /** The Excel host, when running inside Excel. */
  readonly excelHost?: WorkbookHost;
  /** Opens a file in file mode (injected so the pane loads the file reader only when it is needed). */
  readonly openFile?: (bytes: ArrayBuffer, name: string) => Promise<FileSource>;
  /** Builds a template pack in the browser, as .xlsx bytes (injected: ExcelJS is loaded only then). */
  readonly buildTemplate?: (plan: WorkbookPlan) => Promise<ArrayBuffer>;
  /** Builds the summary workbook of several files in the browser (injected: ExcelJS is loaded only then). */
  readonly buildSummary?: (files: readonly DeskFile[]) => Promise<ArrayBuffer>;
  /** The language the pane starts in (Office's display language, or the browser's). */
  readonly initialLocale?: Locale;
  /** Told when the user picks another language, so that it can be remembered. */
  readonly onLocaleChange?: (locale: Locale) => void;
  /** Why the pane runs in file mode inside Excel, when it does. */
  readonly startProblem?: StartProblem;
}

/** Why a pane opened inside Excel could not work on the workbook. */
export type StartProblem = 'excel-old' | 'office-missing';

export function App({
  mode,
  excelHost,
  openFile,
  buildTemplate,
  buildSummary,
  initialLocale,
  onLocaleChange,
  startProblem,
}: AppProps) {
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>(initialLocale ?? 'zh-CN');
  const t = useMemo(() => translator(locale), [locale]);
  const [tab, setTab] = useState<'check' | 'template' | 'settings'>('check');
  const [profile, setProfile] = useState<Profile | undefined>(undefined);
  const [files, setFiles] = useState<readonly OpenedFile[]>([]);
  const [current, setCurrent] = useState(0);
  const [opening, setOpening] = useState(false);
  const [context, setContext] = useState<{ sheet: string; cell: CellPosition } | null>(null);
  const shownFile = files[current];
  const fileHost: FileSource | null = shownFile?.source ?? null;
  const host: WorkbookSource | null = mode === 'excel' ? (excelHost ?? null) : fileHost;
  const { state, runCheck, applyFixes, mark, clearMarks, select, build, downloadCopy, gridOf } = useWorkbook(
    host,
    profile,
    locale,
  );
  const desk = useDesk(files, profile, locale);
  const busy = state.busy !== null && state.busy !== '';

  // File mode checks as soon as a file is opened; Excel mode on demand and then live.
  useEffect(() => {
    if (mode === 'file' && fileHost) void runCheck();
  }, [mode, fileHost, runCheck]);

  const checked = state.check !== null;
  useEffect(() => {
    if (!excelHost || !checked) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => unknown) | undefined;
    let cancelled = false;
    void excelHost
      .onChanged(() => {
        clearTimeout(timer);
        timer = setTimeout(() => void runCheck(), LIVE_CHECK_DELAY_MS);
      })
      .then((off) => {
        if (cancelled) void off();
        else unsubscribe = off;
      });
    return () => {
      cancelled = true;
      clearTimeout(timer);
      void unsubscribe?.();
    };
  }, [excelHost, checked, runCheck]);

  // Findings are worded in the locale they were checked in: a new language re-checks what is shown.
  const checkedLocale = useRef(locale);
  useEffect(() => {
    if (checkedLocale.current === locale) return;
    checkedLocale.current = locale;
    if (checked) void runCheck();
  }, [locale, checked, runCheck]);

  /** Opens the files picked or dropped, each read or refused in its own sentence; the first readable is shown. */
  const onOpen = useCallback(
    async (picked: readonly File[]) => {
      if (!openFile) return;
      setOpening(true);
      setContext(null);
      const opened: OpenedFile[] = [];
      for (const file of picked) {
        try {
          opened.push({
            name: file.name,
            source: await openFile(await file.arrayBuffer(), file.name),
            error: null,
          });
        } catch (error) {
          opened.push({
            name: file.name,
            source: null,
            error: failureText(error, locale),
          });
        }
      }
      setFiles(opened);
      setCurrent(
        Math.max(
          0,
          opened.findIndex((file) => file.source !== null),
        ),
      );
      setOpening(false);
    },
    [openFile, locale],
  );

  const downloadSummary = useCallback(async () => {
    if (!buildSummary) return;
    const bytes = await buildSummary(
      desk.entries.map((entry): DeskFile => ({
        name: entry.name,
        format: entry.format,
        forms: entry.forms,
        problem: entry.error
          ? { result: '无法读取', reason: entry.error }
          : entry.forms.length === 0
            ? {
                result: '未找到自评表',
                reason: entry.sheetsWithoutForms.map((sheet) => `“${sheet}”`).join('、'),
              }
            : null,
      })),
    );
    downloadBytes(bytes, t('desk.summary-file'));
  }, [buildSummary, desk.entries, t]);

  const downloadTemplate = useCallback(
    async (plan: WorkbookPlan) => {
      if (!buildTemplate) return;
      downloadBytes(await buildTemplate(plan), t('template-file'));
    },
    [buildTemplate, t],
  );

  const notes = useMemo(() => (host ? capabilityNotes(host) : []), [host]);
  const forms = useMemo(() => state.check?.forms ?? [], [state.check]);
  const counts = useMemo(() => {
    const all = forms.flatMap((f) => f.findings);
    return {
      error: all.filter((f) => f.severity === 'error').length,
      warning: all.filter((f) => f.severity === 'warning').length,
      info: all.filter((f) => f.severity === 'info').length,
    };
  }, [forms]);

  const chooseLocale = (next: Locale): void => {
    setLocale(next);
    onLocaleChange?.(next);
  };

  const inReport = mode === 'file' && fileHost?.format === 'docx';
  return (
    <LocaleContext.Provider value={locale}>
      <ReportContext.Provider value={inReport}>
        <main className={styles.root} lang={locale}>
          <Title2 as="h1">{t('title')}</Title2>
          <Text size={200} data-testid="host-mode">
            {t('mode', { mode: t(MODE_LABELS[mode]) })}
          </Text>
          {startProblem && (
            <MessageBar intent="warning" data-testid="start-problem">
              <MessageBarBody>{t(`start.${startProblem}`)}</MessageBarBody>
            </MessageBar>
          )}
          {notes.map((note) => (
            <MessageBar key={note} intent="info">
              <MessageBarBody>{t(note)}</MessageBarBody>
            </MessageBar>
          ))}
          <TabList
            selectedValue={tab}
            onTabSelect={(_, data) => setTab(data.value as typeof tab)}
            size="small"
          >
            <Tab value="check">{t('tab.check')}</Tab>
            <Tab value="template">{t('tab.template')}</Tab>
            <Tab value="settings">{t('tab.settings')}</Tab>
          </TabList>
          {state.error && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody data-testid="error">{state.error}</MessageBarBody>
            </MessageBar>
          )}
          {mode === 'file' &&
            files
              .filter((file) => file.error)
              .map((file) => (
                <MessageBar key={file.name} intent="error" role="alert">
                  <MessageBarBody data-testid="error">{file.error}</MessageBarBody>
                </MessageBar>
              ))}
          {state.notice && (
            <MessageBar intent="success">
              <MessageBarBody data-testid="notice">{state.notice}</MessageBarBody>
            </MessageBar>
          )}
          {busy && <Spinner size="tiny" label={state.busy} />}

          {tab === 'check' && (
            <div className={styles.section}>
              {mode === 'file' && <FileOpener onOpen={(picked) => void onOpen(picked)} />}
              {opening && <Spinner size="tiny" label={t('busy.open')} />}
              {desk.progress && (
                <Spinner
                  size="tiny"
                  label={t('desk.progress', {
                    done: desk.progress.done + 1,
                    total: desk.progress.total,
                    file: desk.progress.file,
                  })}
                  data-testid="desk-progress"
                />
              )}
              {mode === 'file' && desk.entries.length > 1 && (
                <FileDesk
                  entries={desk.entries}
                  current={current}
                  onOpen={(index) => {
                    setContext(null);
                    setCurrent(index);
                  }}
                  onDownload={() => void downloadSummary()}
                  busy={busy}
                />
              )}
              {mode === 'file' && shownFile?.source && (
                <Text weight="semibold" data-testid="current-file">
                  {t('file.current', { file: shownFile.name })}
                </Text>
              )}
              <div className={styles.actions}>
                <Button
                  appearance="primary"
                  disabled={!host || busy}
                  onClick={() => void runCheck()}
                  data-testid="check"
                >
                  {t('check')}
                </Button>
                {mode === 'excel' && (
                  <Button
                    disabled={!checked || busy || counts.error + counts.warning === 0}
                    onClick={() => void mark()}
                    data-testid="mark"
                  >
                    {t('mark')}
                  </Button>
                )}
                {mode === 'excel' && (
                  <Button
                    disabled={!state.marked || busy}
                    onClick={() => void clearMarks()}
                    data-testid="clear-marks"
                  >
                    {t('clear-marks')}
                  </Button>
                )}
                {mode === 'file' && (
                  <Button
                    disabled={!checked || busy}
                    onClick={() => void downloadCopy()}
                    data-testid="download-copy"
                  >
                    {t('download-copy')}
                  </Button>
                )}
              </div>
              {state.check && (
                <Text data-testid="summary">
                  {t('summary', {
                    forms: forms.length,
                    errors: counts.error,
                    warnings: counts.warning,
                    infos: counts.info,
                    profile: profileName(state.check.profile, locale),
                  })}
                </Text>
              )}
              {/* A report's other tables (staff lists, budgets) are not forms, and need no word. */}
              {!inReport &&
                state.check?.sheetsWithoutForms.map((sheet) => (
                  <Text key={sheet} size={200}>
                    {t('no-form', { sheet })}
                  </Text>
                ))}
              {forms.length > 0 && (
                <FindingsPanel
                  key={shownFile?.name ?? 'excel'}
                  forms={forms}
                  stepping={mode === 'excel'}
                  onSelect={(sheet, cell) => {
                    if (mode === 'excel') void select(sheet, cell);
                    else setContext({ sheet, cell });
                  }}
                  below={(review) =>
                    mode === 'file' && context && context.sheet === review.form.sheet ? (
                      <RowContext grid={gridOf(context.sheet)} cell={context.cell} />
                    ) : null
                  }
                />
              )}
              {checked && (
                <>
                  <Divider>{t('fill-computed')}</Divider>
                  <FixList
                    fixes={state.fixes}
                    disabled={busy}
                    onApply={mode === 'excel' ? (fixes) => void applyFixes(fixes) : undefined}
                  />
                </>
              )}
            </div>
          )}

          {tab === 'template' && (
            <TemplatePanel
              profile={profile}
              disabled={busy || (mode === 'excel' && !host)}
              actionLabel={mode === 'excel' ? t('build-here') : t('download-template')}
              onBuild={(plan) => void (mode === 'excel' ? build(plan) : downloadTemplate(plan))}
            />
          )}

          {tab === 'settings' && (
            <div className={styles.section}>
              <ProfilePicker value={profile} onChange={setProfile} />
              <Field label={t('language')}>
                <Select
                  value={locale}
                  onChange={(event) => chooseLocale(event.target.value === 'en-US' ? 'en-US' : 'zh-CN')}
                  data-testid="language"
                >
                  {LANGUAGES.map(([id, name]) => (
                    <option key={id} value={id}>
                      {name}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
          )}
        </main>
      </ReportContext.Provider>
    </LocaleContext.Provider>
  );
}
