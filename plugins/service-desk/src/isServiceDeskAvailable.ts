import { Entity } from '@backstage/catalog-model';

const PM_ANNOTATION = 'service-desk/project-manager';
const SERVICE_KINDS = ['component', 'system', 'domain', 'resource'];

/**
 * Whether an entity gets the Tickets tab: services and their systems and domains (tickets name
 * them), and anything carrying the PM annotation.
 */
export function isServiceDeskAvailable(entity: Entity): boolean {
  return (
    SERVICE_KINDS.includes(entity.kind.toLocaleLowerCase('en-US')) ||
    !!entity.metadata.annotations?.[PM_ANNOTATION]
  );
}
