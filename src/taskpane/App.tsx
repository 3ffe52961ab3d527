import { makeStyles, Text, Title2, tokens } from '@fluentui/react-components';

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
    padding: tokens.spacingHorizontalL,
  },
});

export interface AppProps {
  mode: HostMode;
}

export function App({ mode }: AppProps) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1">绩效自评助手</Title2>
      <Text data-testid="host-mode">运行方式：{MODE_LABELS[mode]}</Text>
    </main>
  );
}
