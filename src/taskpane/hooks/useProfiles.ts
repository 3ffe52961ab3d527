import { useCallback, useState } from 'react';
import {
  BUILTIN_PROFILES,
  parseProfileText,
  RULES,
  type Locale,
  type Profile,
  type ProfileResult,
} from '../../domain';

const RULE_IDS = RULES.map((rule) => rule.id);

/** The scoring profile the user chose (undefined: the template's own, else national), and where to choose from. */
export function useProfiles(locale: Locale) {
  const [profile, setProfile] = useState<Profile | undefined>(undefined);
  /** Reads a bureau's profile file; what is wrong with it is said in the pane's language. */
  const parse = useCallback(
    (text: string): ProfileResult => parseProfileText(text, RULE_IDS, locale),
    [locale],
  );
  return { profile, setProfile, builtins: BUILTIN_PROFILES, parse };
}

/** The profile choice as the pane's components see it. */
export type Profiles = ReturnType<typeof useProfiles>;
