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
import type { Locale, Profile } from '../domain';
import type { FileSource, WorkbookHost, WorkbookSource } from '../hosts/types';
import type { WorkbookPlan } from '../sheet/plan';
import { FileOpener } from './components/FileOpener';
import { FindingsList } from './components/FindingsList';
import { FixList } from './components/FixList';
import { FormSummary } from './components/FormSummary';
import { ProfilePicker } from './components/ProfilePicker';
import { TemplatePanel } from './components/TemplatePanel';
import { downloadBytes } from './download';
import { useWorkbook } from './hooks/useWorkbook';
import { LANGUAGES, LocaleContext, profileName, translator, type TextKey } from './i18n';

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
  initialLocale,
  onLocaleChange,
  startProblem,
}: AppProps) {
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>(initialLocale ?? 'zh-CN');
  const t = useMemo(() => translator(locale), [locale]);
  const [tab, setTab] = useState<'check' | 'template' | 'settings'>('check');
  const [profile, setProfile] = useState<Profile | undefined>(undefined);
  const [fileHost, setFileHost] = useState<FileSource | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const host: WorkbookSource | null = mode === 'excel' ? (excelHost ?? null) : fileHost;
  const { state, runCheck, applyFixes, mark, clearMarks, select, build, downloadCopy } = useWorkbook(
    host,
    profile,
    locale,
  );
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

  const onOpen = useCallback(
    async (file: File) => {
      if (!openFile) return;
      setOpenError(null);
      try {
        setFileHost(await openFile(await file.arrayBuffer(), file.name));
      } catch (error) {
        setFileHost(null);
        setOpenError(error instanceof Error ? error.message : String(error));
      }
    },
    [openFile],
  );

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
    };
  }, [forms]);

  const chooseLocale = (next: Locale): void => {
    setLocale(next);
    onLocaleChange?.(next);
  };

  return (
    <LocaleContext.Provider value={locale}>
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
        <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as typeof tab)} size="small">
          <Tab value="check">{t('tab.check')}</Tab>
          <Tab value="template">{t('tab.template')}</Tab>
          <Tab value="settings">{t('tab.settings')}</Tab>
        </TabList>
        {state.error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody data-testid="error">{state.error}</MessageBarBody>
          </MessageBar>
        )}
        {openError && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody data-testid="error">{openError}</MessageBarBody>
          </MessageBar>
        )}
        {state.notice && (
          <MessageBar intent="success">
            <MessageBarBody data-testid="notice">{state.notice}</MessageBarBody>
          </MessageBar>
        )}
        {busy && <Spinner size="tiny" label={state.busy} />}

        {tab === 'check' && (
          <div className={styles.section}>
            {mode === 'file' && <FileOpener onOpen={(file) => void onOpen(file)} />}
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
                  profile: profileName(state.check.profile, locale),
                })}
              </Text>
            )}
            {state.check?.sheetsWithoutForms.map((sheet) => (
              <Text key={sheet} size={200}>
                {t('no-form', { sheet })}
              </Text>
            ))}
            {forms.map((review) => (
              <section
                key={review.form.sheet + String(review.form.indicators[0]?.row ?? 0)}
                className={styles.section}
              >
                <FormSummary review={review} />
                <FindingsList review={review} onSelect={(sheet, cell) => void select(sheet, cell)} />
              </section>
            ))}
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
    </LocaleContext.Provider>
  );
}
