import {
  Button,
  Divider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Profile } from '../domain';
import { computedFixes, findingMarks } from '../forms/fixes';
import type { WorkbookHost } from '../hosts/types';
import type { FileWorkbookHost } from '../hosts/xlsx/browser-host';
import type { WorkbookPlan } from '../sheet/plan';
import { FileOpener } from './components/FileOpener';
import { FindingsList } from './components/FindingsList';
import { FixList } from './components/FixList';
import { FormSummary } from './components/FormSummary';
import { ProfilePicker } from './components/ProfilePicker';
import { TemplatePanel } from './components/TemplatePanel';
import { downloadBytes } from './download';
import { useWorkbook } from './hooks/useWorkbook';

/** Where the pane runs: inside Excel (Office.js host) or as a plain web page working on files. */
export type HostMode = 'excel' | 'file';

export const MODE_LABELS: Readonly<Record<HostMode, string>> = {
  excel: '在 Excel 中运行',
  file: '文件模式（浏览器）',
};

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
function capabilityNotes(host: WorkbookHost): string[] {
  const { capabilities: c } = host;
  const notes: string[] = [];
  if (!c.dataValidation) notes.push('此版本 Excel 不支持数据验证：模板不带下拉选项。');
  if (!c.conditionalFormats) notes.push('此版本 Excel 不支持条件格式：偏差原因缺失时不会自动变红。');
  if (c.notes === 'none') notes.push('此版本 Excel 不支持批注：标记只有底色，说明请看本窗格。');
  if (!c.liveCheck && host.kind === 'excel') notes.push('此版本 Excel 不支持编辑事件：修改后请点“检查”。');
  return notes;
}

interface AppProps {
  readonly mode: HostMode;
  /** The Excel host, when running inside Excel. */
  readonly excelHost?: WorkbookHost & { onChanged?: (listener: () => void) => Promise<() => unknown> };
  /** Opens a file in file mode (injected so the pane never imports ExcelJS up front). */
  readonly openFile?: (bytes: ArrayBuffer, name: string) => Promise<FileWorkbookHost>;
  /** A blank in-browser workbook for template downloads. */
  readonly blankFile?: (name: string) => Promise<FileWorkbookHost>;
}

export function App({ mode, excelHost, openFile, blankFile }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<'check' | 'template' | 'settings'>('check');
  const [profile, setProfile] = useState<Profile | undefined>(undefined);
  const [fileHost, setFileHost] = useState<FileWorkbookHost | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const host: WorkbookHost | null = mode === 'excel' ? (excelHost ?? null) : fileHost;
  const { state, runCheck, applyFixes, mark, clearMarks, select, build } = useWorkbook(host, profile);
  const busy = state.busy !== null && state.busy !== '';

  // File mode checks as soon as a file is opened; Excel mode on demand and then live.
  useEffect(() => {
    if (mode === 'file' && fileHost) void runCheck();
  }, [mode, fileHost, runCheck]);

  const checked = state.check !== null;
  useEffect(() => {
    if (!excelHost?.onChanged || !checked) return;
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

  const downloadCopy = useCallback(async () => {
    if (!fileHost || !state.check) return;
    const fixes = state.check.forms.flatMap(computedFixes);
    await fileHost.writeFixes(fixes);
    await fileHost.mark(findingMarks(state.check.forms.flatMap((f) => f.findings)));
    downloadBytes(await fileHost.toBytes(), fileHost.fileName.replace(/\.xlsx$/i, '') + '-已检查.xlsx');
    await runCheck();
  }, [fileHost, state.check, runCheck]);

  const downloadTemplate = useCallback(
    async (plan: WorkbookPlan) => {
      if (!blankFile) return;
      const blank = await blankFile('绩效自评模板.xlsx');
      await blank.applyPlan(plan);
      downloadBytes(await blank.toBytes(), '绩效自评模板.xlsx');
    },
    [blankFile],
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

  return (
    <main className={styles.root}>
      <Title2 as="h1">绩效自评助手</Title2>
      <Text size={200} data-testid="host-mode">
        运行方式：{MODE_LABELS[mode]}
      </Text>
      {notes.map((note) => (
        <MessageBar key={note} intent="info">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      ))}
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as typeof tab)} size="small">
        <Tab value="check">检查</Tab>
        <Tab value="template">新建模板</Tab>
        <Tab value="settings">配置</Tab>
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
              检查
            </Button>
            <Button
              disabled={!checked || busy || counts.error + counts.warning === 0}
              onClick={() => void mark()}
              data-testid="mark"
            >
              标记
            </Button>
            <Button
              disabled={!state.marked || busy}
              onClick={() => void clearMarks()}
              data-testid="clear-marks"
            >
              清除标记
            </Button>
            {mode === 'file' && (
              <Button
                disabled={!checked || busy}
                onClick={() => void downloadCopy()}
                data-testid="download-copy"
              >
                下载已检查的副本
              </Button>
            )}
          </div>
          {state.check && (
            <Text data-testid="summary">
              共 {forms.length} 张表：错误 {counts.error} 个，警告 {counts.warning} 个。配置：
              {state.check.profile.name}
            </Text>
          )}
          {state.check?.sheetsWithoutForms.map((sheet) => (
            <Text key={sheet} size={200}>
              工作表“{sheet}”中没有找到自评表。
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
              <Divider>填写计算值</Divider>
              <FixList fixes={state.fixes} disabled={busy} onApply={(fixes) => void applyFixes(fixes)} />
            </>
          )}
        </div>
      )}

      {tab === 'template' && (
        <TemplatePanel
          profile={profile}
          disabled={busy || (mode === 'excel' && !host)}
          actionLabel={mode === 'excel' ? '在当前工作簿中新建' : '下载空白模板'}
          onBuild={(plan) => void (mode === 'excel' ? build(plan) : downloadTemplate(plan))}
        />
      )}

      {tab === 'settings' && <ProfilePicker value={profile} onChange={setProfile} />}
    </main>
  );
}
