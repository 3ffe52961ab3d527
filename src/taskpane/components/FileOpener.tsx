import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import { useText } from '../i18n';

const useStyles = makeStyles({
  zone: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalL,
    textAlign: 'center',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  over: { backgroundColor: tokens.colorBrandBackground2 },
});

/** Pick or drop one .xlsx or several; they are read in the browser and never leave it. */
export function FileOpener({ onOpen }: { onOpen: (files: File[]) => void }) {
  const styles = useStyles();
  const { t } = useText();
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onOpen(files);
  };
  return (
    <div
      className={over ? `${styles.zone} ${styles.over}` : styles.zone}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <Text>{t('pane.open.drop')}</Text>
      <Button appearance="primary" onClick={() => input.current?.click()}>
        {t('pane.open.choose')}
      </Button>
      <input
        ref={input}
        hidden
        type="file"
        multiple
        accept=".xlsx,.xlsm,.xls,.et,.ods,.docx"
        aria-label={t('pane.open.choose-label')}
        data-testid="file-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          if (files.length > 0) onOpen(files);
          // The same files picked again are opened again (a corrected file saved under its name).
          event.target.value = '';
        }}
      />
      <Text size={200}>{t('pane.open.local')}</Text>
    </div>
  );
}
