import { Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState, type ChangeEvent } from 'react';
import type { Profile, ProfileResult } from '../../domain';
import { showSentences } from '../format';
import { profileName, useText } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

interface Props {
  /** The profile the user chose; undefined means “the template's own, else national”. */
  readonly value: Profile | undefined;
  readonly onChange: (profile: Profile | undefined) => void;
  /** The built-in profiles to choose from. */
  readonly builtins: readonly Profile[];
  /** Reads a bureau's profile file. */
  readonly parse: (text: string) => ProfileResult;
}

const AUTO = '';
const CUSTOM = '__custom__';

/** A bureau's own profile, read from the file the user picks (in the browser, never uploaded). */
function useImportedProfile({ onChange, parse }: Props) {
  const { t, locale } = useText();
  const [custom, setCustom] = useState<Profile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    if (!file) return;
    const result = parse(await file.text());
    if (!result.ok) {
      setError(t('pane.profile.bad-file', { file: file.name, errors: showSentences(result.errors, locale) }));
      return;
    }
    setError(null);
    setCustom(result.profile);
    onChange(result.profile);
  };
  return { custom, error, onFile };
}

/** A built-in profile, or a bureau's own JSON file. */
export function ProfilePicker(props: Props) {
  const { value, onChange, builtins } = props;
  const styles = useStyles();
  const { t, locale } = useText();
  const { custom, error, onFile } = useImportedProfile(props);
  const onSelect = (event: ChangeEvent<HTMLSelectElement>): void => {
    const id = event.target.value;
    if (id === AUTO) onChange(undefined);
    else if (id === CUSTOM && custom) onChange(custom);
    else onChange(builtins.find((p) => p.id === id));
  };
  const selected = value === undefined ? AUTO : value === custom ? CUSTOM : value.id;
  return (
    <div className={styles.root}>
      <Field label={t('pane.profile.label')} hint={t('pane.profile.hint')}>
        <Select value={selected} onChange={onSelect} data-testid="profile">
          <option value={AUTO}>{t('pane.profile.auto')}</option>
          {builtins.map((profile) => (
            <option key={profile.id} value={profile.id}>
              {profileName(profile, locale)}
            </option>
          ))}
          {custom && <option value={CUSTOM}>{t('pane.profile.imported', { name: custom.name })}</option>}
        </Select>
      </Field>
      <Field label={t('pane.profile.import')} validationMessage={error ?? undefined}>
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e)}
          aria-label={t('pane.profile.import-label')}
        />
      </Field>
      {value && <Text size={200}>{t('pane.profile.current', { name: profileName(value, locale) })}</Text>}
    </div>
  );
}
