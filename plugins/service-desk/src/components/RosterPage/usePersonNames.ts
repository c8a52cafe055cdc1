import { normalizeEntityRef } from '@internal/plugin-service-desk-common';
import { shortRef } from '../../format';
import { usePeople } from '../PersonPicker/usePeople';

/** The ref usePeople keys a person by; undefined for text that is no ref at all. */
function personKey(ref: string): string | undefined {
  try {
    return normalizeEntityRef(ref, { defaultKind: 'user' });
  } catch {
    return undefined;
  }
}

/**
 * Catalog names for people shown where only text fits (a select's options, a sentence): the
 * same names EntityDisplayName gives, the id until they load or for someone the catalog lacks.
 */
export function usePersonNames(refs: string[]): (ref?: string) => string {
  const people = usePeople(refs);
  const names = new Map((people.value ?? []).map(p => [p.ref, p.name]));
  return ref => {
    const key = ref ? personKey(ref) : undefined;
    return (key && names.get(key)) ?? shortRef(ref);
  };
}
