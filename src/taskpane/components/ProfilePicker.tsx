import { Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState, type ChangeEvent } from 'react';
import { BUILTIN_PROFILES, parseProfileText, RULES, type Profile } from '../../domain';
import { profileName, useText } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

interface Props {
  /** The profile the user chose; undefined means “the template's own, else national”. */
  readonly value: Profile | undefined;
  readonly onChange: (profile: Profile | undefined) => void;
}

const AUTO = '';
const CUSTOM = '__custom__';

/** A built-in profile, or a bureau's own JSON file (read in the browser, never uploaded). */
export function ProfilePicker({ value, onChange }: Props) {
  const styles = useStyles();
  const { t, locale } = useText();
  const [custom, setCustom] = useState<Profile | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onSelect = (event: ChangeEvent<HTMLSelectElement>): void => {
    const id = event.target.value;
    if (id === AUTO) onChange(undefined);
    else if (id === CUSTOM && custom) onChange(custom);
    else onChange(BUILTIN_PROFILES.find((p) => p.id === id));
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    if (!file) return;
    const result = parseProfileText(
      await file.text(),
      RULES.map((rule) => rule.id),
    );
    if (!result.ok) {
      setError(t('profile.bad-file', { file: file.name, errors: result.errors.join('；') }));
      return;
    }
    setError(null);
    setCustom(result.profile);
    onChange(result.profile);
  };

  const selected = value === undefined ? AUTO : value === custom ? CUSTOM : value.id;
  return (
    <div className={styles.root}>
      <Field label={t('profile.label')} hint={t('profile.hint')}>
        <Select value={selected} onChange={onSelect} data-testid="profile">
          <option value={AUTO}>{t('profile.auto')}</option>
          {BUILTIN_PROFILES.map((profile) => (
            <option key={profile.id} value={profile.id}>
              {profileName(profile, locale)}
            </option>
          ))}
          {custom && <option value={CUSTOM}>{t('profile.imported', { name: custom.name })}</option>}
        </Select>
      </Field>
      <Field label={t('profile.import')} validationMessage={error ?? undefined}>
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e)}
          aria-label={t('profile.import-label')}
        />
      </Field>
      {value && <Text size={200}>{t('profile.current', { name: profileName(value, locale) })}</Text>}
    </div>
  );
}
