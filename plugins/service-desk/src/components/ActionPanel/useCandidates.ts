import { useApi } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { Ticket, TicketAction } from '@internal/plugin-service-desk-common';
import useAsync from 'react-use/esm/useAsync';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { useDeskConfig } from '../../hooks/useDeskConfig';

/** Candidates for the person an action hands the ticket to. */
export function useCandidates(ticket: Ticket, action: TicketAction) {
  const api = useApi(serviceDeskApiRef);
  const catalogApi = useApi(catalogApiRef);
  const { techSupportGroups } = useDeskConfig();
  return useAsync(async (): Promise<string[]> => {
    if (action === 'assign') {
      return (await api.previewRouting(ticket.entityRef)).engineers;
    }
    if (action === 'assign_tech_support') {
      const { items } = await catalogApi.getEntities({
        filter: { kind: 'User', 'relations.memberOf': techSupportGroups },
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
      });
      return items.map(u =>
        `user:${u.metadata.namespace ?? 'default'}/${
          u.metadata.name
        }`.toLocaleLowerCase('en-US'),
      );
    }
    return [];
  }, [api, catalogApi, ticket.entityRef, action, techSupportGroups.join()]);
}
