import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { CheckTab } from './components/CheckTab';
import { PaneHeader } from './components/PaneHeader';
import { PaneNotices } from './components/PaneNotices';
import { PaneTabs, type PaneTab } from './components/PaneTabs';
import { SettingsTab } from './components/SettingsTab';
import { TemplatePanel } from './components/TemplatePanel';
import { usePane, type PaneOptions } from './hooks/usePane';
import { LocaleContext } from './i18n';
import { ReportContext } from './place';

export type { HostMode, StartProblem } from './hooks/usePane';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minWidth: '280px',
    maxWidth: '720px',
  },
});

/** The task pane: its header and notices over three pages (check, new template, settings). */
export function App(options: PaneOptions) {
  const styles = useStyles();
  const [tab, setTab] = useState<PaneTab>('check');
  const pane = usePane(options);
  const { mode, language, workbook, files, busy } = pane;
  const { locale } = language;
  return (
    <LocaleContext.Provider value={locale}>
      <ReportContext.Provider value={pane.inReport}>
        <main className={styles.root} lang={locale}>
          <PaneHeader mode={mode} startProblem={options.startProblem} notes={pane.notes} />
          <PaneTabs tab={tab} onSelect={setTab} />
          <PaneNotices state={workbook.state} files={mode === 'file' ? files.files : []} busy={busy} />
          {tab === 'check' && (
            <CheckTab
              mode={mode}
              workbook={workbook}
              files={files}
              desk={pane.desk}
              onDownloadSummary={() => void pane.downloadSummary()}
              canCheck={pane.host !== null}
              words={pane.words}
              busy={busy}
            />
          )}
          {tab === 'template' && (
            <TemplatePanel
              templates={pane.templates}
              intoWorkbook={mode === 'excel'}
              disabled={busy || (mode === 'excel' && !pane.host)}
            />
          )}
          {tab === 'settings' && (
            <SettingsTab profiles={pane.profiles} locale={locale} onLocale={language.choose} />
          )}
        </main>
      </ReportContext.Provider>
    </LocaleContext.Provider>
  );
}
