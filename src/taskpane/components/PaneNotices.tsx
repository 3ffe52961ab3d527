import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { OpenedFile } from '../hooks/useDesk';
import type { WorkbookState } from '../hooks/useWorkbook';

interface Props {
  readonly state: WorkbookState;
  /** The files opened last in file mode: each refused one says why. */
  readonly files: readonly OpenedFile[];
  readonly busy: boolean;
}

/** What went wrong, what was done, and what is going on now. */
export function PaneNotices({ state, files, busy }: Props) {
  return (
    <>
      {state.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody data-testid="error">{state.error}</MessageBarBody>
        </MessageBar>
      )}
      {files
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
    </>
  );
}
