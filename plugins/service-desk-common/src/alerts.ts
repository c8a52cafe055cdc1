import { z } from 'zod';
import {
  entityRefSchema,
  isoDateTimeSchema,
  storableString,
  visibleText,
} from './validation';

/**
 * An alert as the monitoring system (运行监控) sends it to `POST /alerts`: the same fingerprint
 * names the same fault, so a burst of it joins one ticket.
 */
export const alertSchema = z
  .object({
    /** The monitoring system's name for the fault: the same for every repeat of it. */
    fingerprint: storableString().trim().min(1).max(200),
    /** The catalog entity the alert is about. */
    service: entityRefSchema,
    /** One of serviceDesk.alerts.severities (critical, major, minor, warning by default). */
    severity: storableString().trim().min(1).max(40),
    summary: visibleText(200),
    description: visibleText(10000).optional(),
    /** When the monitoring system saw the fault. */
    occurredAt: isoDateTimeSchema,
  })
  .strict();

export type AlertInput = z.infer<typeof alertSchema>;

/** One alert received: the ticket it opened, or the open one it joined. */
export interface Alert {
  id: string;
  ticketId: string;
  fingerprint: string;
  sender: string;
  service: string;
  severity: string;
  summary: string;
  occurredAt: string;
  receivedAt: string;
  /** Whether this alert opened its ticket (false: it joined one already open). */
  opened: boolean;
}

/** An alert that could not be taken, kept for the desk to see why. */
export interface AlertDeadLetter {
  id: string;
  receivedAt: string;
  sender: string;
  /** The HTTP status the sender was answered with. */
  status: number;
  reason: string;
  /** The body as received (cut to 4 000 characters). */
  body: string;
}

/** What `POST /alerts` answers. */
export interface AlertReceipt {
  alert: Alert;
  ticket: { id: string; displayId: string; state: string };
}
