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

/** Pick or drop an .xlsx; it is read in the browser and never leaves it. */
export function FileOpener({ onOpen }: { onOpen: (file: File) => void }) {
  const styles = useStyles();
  const { t } = useText();
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onOpen(file);
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
      <Text>{t('open.drop')}</Text>
      <Button appearance="primary" onClick={() => input.current?.click()}>
        {t('open.choose')}
      </Button>
      <input
        ref={input}
        hidden
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t('open.choose-label')}
        data-testid="file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onOpen(file);
        }}
      />
      <Text size={200}>{t('open.local')}</Text>
    </div>
  );
}
