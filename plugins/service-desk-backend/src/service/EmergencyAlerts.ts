import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { Ticket } from '@internal/plugin-service-desk-common';
import { shiftAt } from '../roster/deskHours';
import { ServiceDeskConfig } from '../config';
import { shiftGroups } from './rosterRoutes';

/**
 * A new emergency goes at once to whoever is on shift at that moment (the duty officers outside
 * desk hours, §8.6) and to the desk lead, so the 15-minute response clock has someone on it.
 */
export class EmergencyAlerts {
  constructor(
    private readonly notifications: NotificationService,
    private readonly config: ServiceDeskConfig,
    private readonly logger: LoggerService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async newEmergency(ticket: Ticket): Promise<void> {
    const shift = shiftAt(this.now(), this.config.timeZone, this.config.deskHours);
    const recipients = [...shiftGroups(this.config, shift.kind), ...(this.config.roles.lead ?? [])];
    if (!recipients.length) return;
    // The ticket is already recorded; a notification that fails must not undo or hide that.
    await this.notifications.send({
      recipients: { type: 'entity', entityRef: recipients },
      payload: {
        title: `突发事件 Emergency ${ticket.displayId}: ${ticket.title}`,
        description: `${ticket.entityRef} — occurred ${ticket.occurredAt ?? ticket.acceptedAt}`,
        link: `/service-desk/tickets/${ticket.id}`,
        severity: 'critical',
        topic: 'service-desk-emergency',
        scope: `service-desk-emergency:${ticket.id}`,
      },
    }).catch(error =>
      this.logger.error(`Could not notify the shift of emergency ${ticket.displayId}: ${error}`),
    );
  }
}
