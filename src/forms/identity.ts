import { parseProfile, RULES, type Profile } from '../domain';
import type { Grid } from '../sheet/grid';
import { IDENTITY_SHEET, TEMPLATE_ID } from './templates';

/** What a template we built says of itself: its version and the profile it was built with. */
export interface TemplateIdentity {
  readonly version: number;
  readonly profile: Profile | null;
  /** Why the stored profile could not be used, when it could not. */
  readonly profileError: string | null;
}

/** Reads the identity sheet of a workbook we built; null for any other workbook. */
export function readIdentity(grids: readonly Grid[]): TemplateIdentity | null {
  const grid = grids.find((g) => g.sheet === IDENTITY_SHEET);
  if (!grid) return null;
  const entries = new Map<string, string>();
  for (const row of grid.rows) {
    const key = row?.[0]?.value;
    const value = row?.[1]?.value;
    if (typeof key === 'string' && typeof value === 'string') entries.set(key, value);
  }
  if (entries.get('template') !== TEMPLATE_ID) return null;
  let profile: Profile | null = null;
  let profileError: string | null = null;
  try {
    const result = parseProfile(
      JSON.parse(entries.get('profile') ?? 'null'),
      RULES.map((rule) => rule.id),
    );
    if (result.ok) profile = result.profile;
    else profileError = result.errors.join('；');
  } catch (error) {
    profileError = error instanceof Error ? error.message : String(error);
  }
  return { version: Number(entries.get('version') ?? '0'), profile, profileError };
}
