import { useMemo } from 'react';
import type { WorkbookSource } from '../../hosts/types';
import type { TextKey } from '../i18n';

/** Names what this Excel cannot do, so nobody wonders why a feature is missing. */
function capabilityNotes(host: WorkbookSource): TextKey[] {
  const { capabilities: c } = host;
  const notes: TextKey[] = [];
  if (!c.dataValidation) notes.push('pane.note.validation');
  if (!c.conditionalFormats) notes.push('pane.note.conditional');
  if (c.notes === 'none') notes.push('pane.note.notes');
  if (!c.liveCheck && host.kind === 'excel') notes.push('pane.note.live');
  return notes;
}

/** The notes on what the host cannot do (none without a host). */
export function useHostNotes(host: WorkbookSource | null): readonly TextKey[] {
  return useMemo(() => (host ? capabilityNotes(host) : []), [host]);
}
