import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  catalogApiRef,
  defaultEntityPresentation,
} from '@backstage/plugin-catalog-react';
import { normalizeEntityRef } from '@internal/plugin-service-desk-common';
import useAsync from 'react-use/esm/useAsync';

/** A person a picker offers: the ref the desk stores and the name people read. */
export interface PersonOption {
  ref: string;
  name: string;
}

/** Which catalog users a picker offers when it is not given its candidates. */
export interface PersonFilter {
  /**
   * Only members of these groups, or these users themselves (refs, as a role lists them); an
   * empty list offers nobody.
   */
  memberOf?: string[];
  /** Never these people (refs), e.g. the ticket's own PM among the engineers. */
  exclude?: string[];
}

const FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.profile.displayName',
];

// The desk's people have Chinese names, listed by pinyin as a desk expects (Latin ones after).
const byName = new Intl.Collator('zh-CN');

function option(ref: string, entity?: Entity): PersonOption {
  // The catalog's own presentation, so the picker names a person as EntityDisplayName does.
  return {
    ref,
    name: defaultEntityPresentation(entity ?? ref, { defaultKind: 'User' })
      .primaryTitle,
  };
}

/** A catalog filter (its alternatives are or-ed) for the members of groups and named users. */
function memberFilters(refs: string[]): Record<string, string | string[]>[] {
  const parsed = refs.map(r => parseEntityRef(r, { defaultKind: 'group' }));
  const groups = parsed.filter(
    r => r.kind.toLocaleLowerCase('en-US') === 'group',
  );
  const users = parsed.filter(
    r => r.kind.toLocaleLowerCase('en-US') === 'user',
  );
  return [
    ...(groups.length
      ? [
          {
            kind: 'User',
            'relations.memberOf': groups.map(g => stringifyEntityRef(g)),
          },
        ]
      : []),
    ...users.map(u => ({
      kind: 'User',
      'metadata.namespace': u.namespace,
      'metadata.name': u.name,
    })),
  ];
}

/**
 * The people a picker offers, named from the catalog: the given candidates (a person the
 * catalog does not know is still offered, by id), or else the catalog's users, optionally of
 * some groups.
 */
export function usePeople(candidates?: string[], filter: PersonFilter = {}) {
  const catalogApi = useApi(catalogApiRef);
  const memberOf = filter.memberOf?.join();
  const exclude = new Set(
    (filter.exclude ?? []).map(r =>
      normalizeEntityRef(r, { defaultKind: 'user' }),
    ),
  );
  return useAsync(async (): Promise<PersonOption[]> => {
    let people: PersonOption[];
    if (candidates) {
      const refs = candidates.map(r =>
        normalizeEntityRef(r, { defaultKind: 'user' }),
      );
      const { items } = refs.length
        ? await catalogApi.getEntitiesByRefs({
            entityRefs: refs,
            fields: FIELDS,
          })
        : { items: [] };
      people = refs.map((ref, i) => option(ref, items[i]));
    } else {
      // An empty list names nobody (a role no group holds), not every user.
      const filters = filter.memberOf
        ? memberFilters(filter.memberOf)
        : [{ kind: 'User' }];
      const { items } = filters.length
        ? await catalogApi.getEntities({ filter: filters, fields: FIELDS })
        : { items: [] };
      people = items.map(e =>
        option(normalizeEntityRef(stringifyEntityRef(e)), e),
      );
    }
    return people
      .filter(p => !exclude.has(p.ref))
      .sort((a, b) => byName.compare(a.name, b.name));
  }, [catalogApi, candidates?.join(), memberOf, [...exclude].join()]);
}
