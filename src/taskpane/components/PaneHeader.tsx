import { MessageBar, MessageBarBody, Text, Title2 } from '@fluentui/react-components';
import type { HostMode, StartProblem } from '../hooks/usePane';
import { useText, type TextKey } from '../i18n';

const MODE_LABELS: Readonly<Record<HostMode, TextKey>> = { excel: 'pane.mode.excel', file: 'pane.mode.file' };

interface Props {
  readonly mode: HostMode;
  /** Why the pane runs in file mode inside Excel, when it does. */
  readonly startProblem: StartProblem | undefined;
  /** What this Excel cannot do. */
  readonly notes: readonly TextKey[];
}

/** The pane's title, where it runs, and what keeps it from doing all it could. */
export function PaneHeader({ mode, startProblem, notes }: Props) {
  const { t } = useText();
  return (
    <>
      <Title2 as="h1">{t('pane.title')}</Title2>
      <Text size={200} data-testid="host-mode">
        {t('pane.mode', { mode: t(MODE_LABELS[mode]) })}
      </Text>
      {startProblem && (
        <MessageBar intent="warning" data-testid="start-problem">
          <MessageBarBody>{t(`pane.start.${startProblem}`)}</MessageBarBody>
        </MessageBar>
      )}
      {notes.map((note) => (
        <MessageBar key={note} intent="info">
          <MessageBarBody>{t(note)}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
