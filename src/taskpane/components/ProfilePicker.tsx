import { Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState, type ChangeEvent } from 'react';
import { BUILTIN_PROFILES, parseProfileText, RULES, type Profile } from '../../domain';

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
      setError(`配置文件“${file.name}”有误：${result.errors.join('；')}`);
      return;
    }
    setError(null);
    setCustom(result.profile);
    onChange(result.profile);
  };

  const selected = value === undefined ? AUTO : value === custom ? CUSTOM : value.id;
  return (
    <div className={styles.root}>
      <Field label="评分配置" hint="模板自带的配置会自动采用；也可以选择内置配置或导入财政局的配置文件。">
        <Select value={selected} onChange={onSelect} data-testid="profile">
          <option value={AUTO}>自动（模板配置，否则全国通用）</option>
          {BUILTIN_PROFILES.map((profile) => (
            <option key={profile.id} value={profile.id}>
              {profile.name}
            </option>
          ))}
          {custom && <option value={CUSTOM}>{custom.name}（导入）</option>}
        </Select>
      </Field>
      <Field label="导入配置文件（.json）" validationMessage={error ?? undefined}>
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e)}
          aria-label="导入配置文件"
        />
      </Field>
      {value && <Text size={200}>当前：{value.name}</Text>}
    </div>
  );
}
