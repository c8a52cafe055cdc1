import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { Ticket } from '@internal/plugin-service-desk-common';
import { ServiceDeskConfig } from '../config';
import { RosterService } from '../roster/RosterService';

/**
 * A new emergency goes at once to whoever is on duty at that moment by the roster (the shift's
 * whole group when nobody planned the slot, §8.6) and to the desk lead, so the 15-minute
 * response clock has someone on it.
 */
export class EmergencyAlerts {
  constructor(
    private readonly notifications: NotificationService,
    private readonly config: ServiceDeskConfig,
    private readonly roster: RosterService,
    private readonly logger: LoggerService,
  ) {}

  async newEmergency(ticket: Ticket): Promise<void> {
    // The ticket is already recorded; an alert that fails must not undo or hide that.
    const onDuty = await this.roster.onDutyAt(new Date()).catch(error => {
      this.logger.error(
        `Could not read the roster for emergency ${ticket.displayId}: ${error}`,
      );
      return { people: [] as string[] };
    });
    const recipients = [...onDuty.people, ...(this.config.roles.lead ?? [])];
    if (!recipients.length) return;
    await this.notifications
      .send({
        recipients: { type: 'entity', entityRef: recipients },
        payload: {
          title: `突发事件 Emergency ${ticket.displayId}: ${ticket.title}`,
          description: `${ticket.entityRef} — occurred ${
            ticket.occurredAt ?? ticket.acceptedAt
          }`,
          link: `/service-desk/tickets/${ticket.id}`,
          severity: 'critical',
          topic: 'service-desk-emergency',
          scope: `service-desk-emergency:${ticket.id}`,
        },
      })
      .catch(error =>
        this.logger.error(
          `Could not notify the shift of emergency ${ticket.displayId}: ${error}`,
        ),
      );
  }
}
