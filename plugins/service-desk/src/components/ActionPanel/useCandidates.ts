import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  Ticket,
  TicketAction,
  engineerCandidates,
  readRoleMembership,
} from '@internal/plugin-service-desk-common';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { PersonPickerProps } from '../PersonPicker';

/** Whom a picker of the action offers: exactly these people, or the catalog's users filtered. */
export type Offered = Pick<PersonPickerProps, 'candidates' | 'filter'>;

/**
 * The people an action may hand the ticket to, as the backend will accept them: a dispatch's
 * project manager (a PM or the desk lead), an assignment's engineer (the owner team without the
 * ticket's PM), a hand-over's tech support engineer.
 */
export function useCandidates(ticket: Ticket, action: TicketAction) {
  const api = useApi(serviceDeskApiRef);
  const config = useApi(configApiRef);
  const roles = useMemo(() => readRoleMembership(config), [config]);
  const engineers = useAsync(
    async () =>
      action === 'assign'
        ? engineerCandidates(
            (await api.previewRouting(ticket.entityRef)).engineers,
            ticket,
          )
        : undefined,
    [api, ticket.entityRef, ticket.projectManagerRef, action],
  );
  return useMemo((): { projectManager: Offered; assignee: Offered } => {
    const pms = [...(roles.projectManager ?? []), ...(roles.lead ?? [])];
    return {
      projectManager: { filter: { memberOf: pms } },
      assignee:
        action === 'assign'
          ? // Until the team is known nobody is offered, rather than every user.
            { candidates: engineers.value ?? [] }
          : { filter: { memberOf: roles.techSupport ?? [] } },
    };
  }, [roles, action, engineers.value]);
}
