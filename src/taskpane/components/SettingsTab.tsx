import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import type { Locale } from '../../domain';
import type { Profiles } from '../hooks/useProfiles';
import { LANGUAGE_LABEL, LANGUAGES } from '../i18n';
import { ProfilePicker } from './ProfilePicker';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

interface Props {
  readonly profiles: Profiles;
  readonly locale: Locale;
  readonly onLocale: (locale: Locale) => void;
}

/** 配置: the scoring profile and the pane's language. */
export function SettingsTab({ profiles, locale, onLocale }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.section}>
      <ProfilePicker
        value={profiles.profile}
        onChange={profiles.setProfile}
        builtins={profiles.builtins}
        parse={profiles.parse}
      />
      <Field label={LANGUAGE_LABEL}>
        <Select
          value={locale}
          onChange={(event) => onLocale(event.target.value === 'en-US' ? 'en-US' : 'zh-CN')}
          data-testid="language"
        >
          {LANGUAGES.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
