import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';

export interface EntityOption {
  ref: string;
  title: string;
}

/** Catalog entities of the given kinds as picker options (ref and display title). */
export function useCatalogOptions(kinds: string[]) {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async (): Promise<EntityOption[]> => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: kinds },
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'spec.profile.displayName',
      ],
    });
    return items
      .map(e => ({
        ref: stringifyEntityRef(e).toLocaleLowerCase('en-US'),
        title: ((e.spec?.profile as { displayName?: string } | undefined)
          ?.displayName ??
          e.metadata.title ??
          e.metadata.name) as string,
      }))
      .sort((a, b) => a.ref.localeCompare(b.ref));
  }, [catalogApi, kinds.join()]);
}
