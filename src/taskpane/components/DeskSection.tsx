import { Spinner, Text } from '@fluentui/react-components';
import type { Desk } from '../hooks/useDesk';
import type { OpenedFiles } from '../hooks/useOpenedFiles';
import { useText } from '../i18n';
import { FileDesk } from './FileDesk';
import { FileOpener } from './FileOpener';

interface Props {
  readonly files: OpenedFiles;
  readonly desk: Desk;
  readonly onDownloadSummary: () => void;
  readonly busy: boolean;
}

/** File mode's desk: open files, see how far the check of several is, pick the one to show. */
export function DeskSection({ files, desk, onDownloadSummary, busy }: Props) {
  const { t } = useText();
  const { progress } = desk;
  return (
    <>
      <FileOpener onOpen={(picked) => void files.open(picked)} />
      {files.opening && <Spinner size="tiny" label={t('pane.busy.open')} />}
      {progress && (
        <Spinner
          size="tiny"
          label={t('pane.desk.progress', {
            done: progress.done + 1,
            total: progress.total,
            file: progress.file,
          })}
          data-testid="desk-progress"
        />
      )}
      {desk.entries.length > 1 && (
        <FileDesk
          entries={desk.entries}
          lines={desk.lines}
          current={files.current}
          onOpen={files.show}
          onDownload={onDownloadSummary}
          busy={busy}
        />
      )}
      {files.shown?.source && (
        <Text weight="semibold" data-testid="current-file">
          {t('pane.file.current', { file: files.shown.name })}
        </Text>
      )}
    </>
  );
}
