import { FluentProvider, webLightTheme, type Theme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OfficeWorkbookHost, unsupportedReason } from '../hosts/office/host';
import type { Locale } from '../domain';
import type { DeskFile } from '../hosts/xlsx/browser-host';
import type { WorkbookPlan } from '../sheet/plan';
import { App, type HostMode, type StartProblem } from './App';
import { localeFor } from './i18n';

/** Fluent's light theme with Chinese system fonts after Segoe UI, so every office's machine shows 汉字 cleanly. */
const theme: Theme = {
  ...webLightTheme,
  fontFamilyBase:
    "'Segoe UI', 'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif",
};

/** If Office.js has not loaded, or never reports ready, show file mode after this long. */
const OFFICE_READY_TIMEOUT_MS = 3000;

/**
 * Whether Office opened the pane: it passes its host information in the address (`_host_Info`), in the
 * window's name, or in session storage (as office.js looks for it). A pane without Office.js there was
 * blocked, not browsed.
 */
function openedByOffice(): boolean {
  if (/[?&]_host_Info=/i.test(window.location.search)) return true;
  if (/hostInfo/i.test(window.name)) return true;
  try {
    return sessionStorage.getItem('hostInfoValue') !== null;
  } catch {
    return false;
  }
}

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
const root = createRoot(container);

/** File mode loads its reader on first use only (and ExcelJS only to build a template): chunks Excel never fetches. */
const openFile = async (bytes: ArrayBuffer, name: string) =>
  (await import(/* webpackChunkName: "file-mode" */ '../hosts/xlsx/browser-host')).FileWorkbookHost.open(
    bytes,
    name,
  );
const buildTemplate = async (plan: WorkbookPlan) =>
  (await import(/* webpackChunkName: "file-mode" */ '../hosts/xlsx/browser-host')).templateBytes(plan);
const buildSummary = async (files: readonly DeskFile[]) =>
  (await import(/* webpackChunkName: "file-mode" */ '../hosts/xlsx/browser-host')).summaryBytes(files);

/** Inside Office, the pane takes the Office theme's body colours so it sits in Excel like its own panes. */
function officeTheme(): Theme {
  const office = typeof Office === 'undefined' ? undefined : Office.context.officeTheme;
  if (!office?.bodyBackgroundColor || !office.bodyForegroundColor) return theme;
  return {
    ...theme,
    colorNeutralBackground1: office.bodyBackgroundColor,
    colorNeutralForeground1: office.bodyForegroundColor,
  };
}

/** Where the user's own choice of language is kept, in this browser or Office's web view. */
const LOCALE_KEY = 'jixiao.locale';

/** The user's last choice, else Office's display language inside Excel, else the browser's language. */
function startLocale(): Locale {
  try {
    const chosen = localStorage.getItem(LOCALE_KEY);
    if (chosen === 'zh-CN' || chosen === 'en-US') return chosen;
  } catch {
    // Storage can be switched off; the language is then worked out afresh each time.
  }
  // Inside Office (also when the pane falls back to file mode there) Office's display language rules.
  const office = typeof Office === 'undefined' ? undefined : officeLanguage();
  return localeFor(office ?? navigator.language);
}

/** Office's display language, when Office.js is loaded and knows it. */
function officeLanguage(): string | undefined {
  try {
    return Office.context.displayLanguage || undefined;
  } catch {
    return undefined;
  }
}

function rememberLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // Not kept: the pane still switches now.
  }
}

function excelHost(): OfficeWorkbookHost {
  return new OfficeWorkbookHost({
    run: (batch) => Excel.run(batch),
    runIn: (context, batch) => Excel.run(context, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    onWeb: Office.context.diagnostics.platform === Office.PlatformType.OfficeOnline,
  });
}

function render(mode: HostMode, startProblem?: StartProblem): void {
  const host = mode === 'excel' ? excelHost() : undefined;
  const locale = startLocale();
  document.documentElement.lang = locale;
  root.render(
    <StrictMode>
      <FluentProvider theme={mode === 'excel' ? officeTheme() : theme}>
        <App
          mode={mode}
          excelHost={host}
          openFile={openFile}
          buildTemplate={buildTemplate}
          buildSummary={buildSummary}
          initialLocale={locale}
          onLocaleChange={rememberLocale}
          {...(startProblem ? { startProblem } : {})}
        />
      </FluentProvider>
    </StrictMode>,
  );
}

/** Inside Excel: the pane works on the workbook when this Excel has what it needs, else in file mode, saying why. */
function start(info: { host: Office.HostType | null }): void {
  if (info.host !== Office.HostType.Excel) render('file');
  else if (unsupportedReason((name, version) => Office.context.requirements.isSetSupported(name, version)))
    render('file', 'excel-old');
  else render('excel');
}

type OfficeJsState = 'loading' | 'loaded' | 'failed';
declare global {
  interface Window {
    /** Set by startup/office-state.js as the Office.js script loads or fails. */
    __jixiaoOfficeJs?: OfficeJsState;
    __jixiaoOfficeJsSettled?: (state: OfficeJsState) => void;
  }
}

/** Calls back once Office.js has loaded or failed (at once if it already has). */
function whenOfficeJsSettles(settled: (loaded: boolean) => void): void {
  const state = window.__jixiaoOfficeJs;
  if (typeof Office !== 'undefined') settled(true);
  else if (state === 'loading') window.__jixiaoOfficeJsSettled = (next) => settled(next === 'loaded');
  else settled(false);
}

// Office.js loads beside the pane, not before it (an async <script> in the head). It fails at once when the
// page is opened outside Office without network access to the CDN, and reports `host: null` in a plain
// browser: both are file mode. One that hangs gives way to file mode after a few seconds, and the pane
// still moves into Excel if it comes later. Inside Office, a missing or silent Office.js is said.
const missing: StartProblem | undefined = openedByOffice() ? 'office-missing' : undefined;
const fallback = setTimeout(() => render('file', missing), OFFICE_READY_TIMEOUT_MS);
whenOfficeJsSettles((loaded) => {
  if (!loaded || typeof Office === 'undefined') {
    clearTimeout(fallback);
    render('file', missing);
    return;
  }
  void Office.onReady((info) => {
    clearTimeout(fallback);
    start(info);
  });
});
