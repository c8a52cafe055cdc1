import { shortRef } from '../../format';
import { usePeople } from '../PersonPicker/usePeople';

/**
 * Catalog names for people shown where only text fits (a select's options, a sentence): the
 * same names EntityDisplayName gives, the id until they load or for someone the catalog lacks.
 */
export function usePersonNames(refs: string[]): (ref?: string) => string {
  const people = usePeople(refs);
  const names = new Map((people.value ?? []).map(p => [p.ref, p.name]));
  return ref =>
    (ref && names.get(ref.includes(':') ? ref : `user:default/${ref}`)) ??
    shortRef(ref);
}
