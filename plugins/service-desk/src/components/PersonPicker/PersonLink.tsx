import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { normalizeEntityRef } from '@internal/plugin-service-desk-common';

/**
 * A person by catalog display name (the id in its tooltip), linked to their catalog page.
 * Older history and imports name people by bare login (`zhang.wei`); those are read as users
 * of the default namespace, and anything that is no ref at all is shown as written.
 */
export function PersonLink(props: { person: string }) {
  let ref: string;
  try {
    ref = normalizeEntityRef(props.person, { defaultKind: 'user' });
  } catch {
    return <>{props.person}</>;
  }
  return <EntityRefLink entityRef={ref} defaultKind="user" hideIcon />;
}
