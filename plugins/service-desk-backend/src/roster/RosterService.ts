import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  OnDutyShift,
  RosterChange,
  RosterChangeInput,
  RosterNow,
  RosterPlanInput,
  RosterSlot,
  RosterView,
  ShiftKind,
} from '@internal/plugin-service-desk-common';
import { NotAllowedError } from '@backstage/errors';
import {
  rosterApprovePermission,
  rosterPlanPermission,
  rosterReadPermission,
} from '@internal/plugin-service-desk-common';
import { BasicPermission } from '@backstage/plugin-permission-common';
import { ServiceDeskConfig } from '../config';
import { Caller, RequestContext } from '../http/requestContext';
import { RosterStore } from '../database/RosterStore';
import {
  SlotWindow,
  currentAndNextSlot,
  slotOf,
  slotsBetween,
} from './deskHours';
import { onDutyAcross, touchesSlot } from './onDuty';
import { RosterState, checkChange, checkPlan } from './rosterRules';

/** Anything that can list a catalog group's members (the catalog router). */
export interface GroupMembers {
  membersOf(groupRef: string): Promise<string[]>;
}

const READ_REFUSAL = 'only the desk and managers see the roster';

const key = (s: { date: string; kind: string }) => `${s.date}/${s.kind}`;

/**
 * The duty roster (§8.6): the lead plans who holds each slot, arranges covers and swaps, and the
 * IT department manager approves those of half a day or more. Who is on duty at an instant
 * follows from the plan and the approved changes; an unplanned slot falls back to its groups.
 *
 * The methods that take a caller check their permission first, then read their input, and
 * audit every change; the others are for the plugin itself (alerts, the demo loader).
 */
export class RosterService {
  private readonly store: RosterStore;
  private readonly config: ServiceDeskConfig;
  private readonly catalog: GroupMembers;
  private readonly notifications: NotificationService;
  private readonly logger: LoggerService;
  private readonly now: () => Date;
  private readonly context?: RequestContext;

  constructor(options: {
    store: RosterStore;
    config: ServiceDeskConfig;
    catalog: GroupMembers;
    notifications: NotificationService;
    logger: LoggerService;
    now?: () => Date;
    /** Permission checks and the audit log, for the methods that take a caller. */
    context?: RequestContext;
  }) {
    this.store = options.store;
    this.config = options.config;
    this.catalog = options.catalog;
    this.notifications = options.notifications;
    this.logger = options.logger;
    this.now = options.now ?? (() => new Date());
    this.context = options.context;
  }

  /** Who is on duty now and next, for the desk and managers. */
  async nowAndNextFor(caller: Caller): Promise<RosterNow> {
    await this.require(caller, rosterReadPermission, READ_REFUSAL);
    return this.nowAndNext();
  }

  async viewFor(
    caller: Caller,
    read: () => { from: string; to: string },
  ): Promise<RosterView> {
    await this.require(caller, rosterReadPermission, READ_REFUSAL);
    const { from, to } = read();
    return this.view(from, to);
  }

  async pendingFor(caller: Caller): Promise<RosterChange[]> {
    await this.require(caller, rosterReadPermission, READ_REFUSAL);
    return this.pending();
  }

  /** The lead's plan; the permission first, so an outsider is told no, not which fields are wrong. */
  async planAs(
    caller: Caller,
    read: () => RosterPlanInput,
  ): Promise<RosterView> {
    await this.require(
      caller,
      rosterPlanPermission,
      'only the desk lead plans the roster',
    );
    const plan = read();
    const meta = { from: plan.from, to: plan.to };
    return this.audited(caller, 'roster-plan', meta, () =>
      this.plan(plan, caller.actor.userRef),
    );
  }

  async requestChangeAs(
    caller: Caller,
    read: () => RosterChangeInput,
  ): Promise<RosterChange> {
    await this.require(
      caller,
      rosterPlanPermission,
      'only the desk lead arranges covers and swaps',
    );
    const input = read();
    const { date, kind, type } = input;
    return this.audited(caller, 'roster-change', { date, kind, type }, () =>
      this.requestChange(input, caller.actor.userRef),
    );
  }

  async decideAs(
    caller: Caller,
    read: () => { id: string; approve: boolean; note?: string },
  ): Promise<RosterChange> {
    await this.require(
      caller,
      rosterApprovePermission,
      'only the IT department manager decides roster changes',
    );
    const { id, approve, note } = read();
    return this.audited(
      caller,
      'roster-decision',
      { change: id, approve },
      () => this.decide(id, approve, caller.actor.userRef, note),
    );
  }

  private async require(
    caller: Caller,
    permission: BasicPermission,
    refusal: string,
  ) {
    await this.guard().require(permission, caller.credentials, refusal);
  }

  private audited<T>(
    caller: Caller,
    eventId: string,
    meta: { [key: string]: string | boolean },
    fn: () => Promise<T>,
  ): Promise<T> {
    return this.guard().audited(caller.request, eventId, meta, fn);
  }

  /** Built without a request context (as the demo loader's is), it refuses every caller. */
  private guard(): RequestContext {
    if (!this.context) throw new NotAllowedError(READ_REFUSAL);
    return this.context;
  }

  /** The groups that hold each kind of slot (§8.6: desk specialists, duty officers). */
  private shiftGroups(kind: ShiftKind): string[] {
    return (
      (kind === 'desk'
        ? this.config.roles.agent
        : this.config.roles.dutyOfficer) ?? []
    );
  }

  private async members(groups: string[]): Promise<string[]> {
    const lists = await Promise.all(groups.map(g => this.catalog.membersOf(g)));
    return [...new Set(lists.flat())].sort();
  }

  /** Who may hold each kind of slot: its groups, and the lead, who may stand in on either. */
  async eligible(): Promise<Record<ShiftKind, string[]>> {
    const lead = this.config.roles.lead ?? [];
    return {
      desk: await this.members([...this.shiftGroups('desk'), ...lead]),
      duty: await this.members([...this.shiftGroups('duty'), ...lead]),
    };
  }

  async view(from: string, to: string): Promise<RosterView> {
    const windows = slotsBetween(
      from,
      to,
      this.config.timeZone,
      this.config.deskHours,
    );
    return {
      from,
      to,
      timeZone: this.config.timeZone,
      slots: await this.assemble(this.store, windows),
      eligible: await this.eligible(),
    };
  }

  /** Slots with their planned holder, changes and who is actually on duty. */
  private async assemble(
    store: RosterStore,
    windows: SlotWindow[],
  ): Promise<RosterSlot[]> {
    if (!windows.length) return [];
    const from = windows[0].date;
    const to = windows[windows.length - 1].date;
    const planned = new Map(
      (await store.planned(from, to)).map(p => [key(p), p]),
    );
    const changes = await store.changes(from, to);
    return windows.map(w => {
      const plan = planned.get(key(w));
      const mine = changes.filter(c => touchesSlot(c, w));
      return {
        ...w,
        holder: plan?.holder,
        plannedBy: plan?.plannedBy,
        plannedAt: plan?.plannedAt,
        onDuty: plan ? onDutyAcross(w, plan.holder, mine) : [],
        changes: mine,
      };
    });
  }

  private async state(
    store: RosterStore,
    from: string,
    to: string,
  ): Promise<RosterState> {
    return {
      now: this.now().toISOString(),
      eligible: await this.eligible(),
      holders: new Map(
        (await store.planned(from, to)).map(p => [key(p), p.holder]),
      ),
      changes: (await store.changes(from, to)).filter(
        c => c.status !== 'rejected',
      ),
    };
  }

  async plan(input: RosterPlanInput, by: string): Promise<RosterView> {
    const windows = slotsBetween(
      input.from,
      input.to,
      this.config.timeZone,
      this.config.deskHours,
    );
    await this.store.exclusive(async tx => {
      checkPlan(input, windows, await this.state(tx, input.from, input.to));
      await tx.savePlan(input.assignments, by, this.now().toISOString());
    });
    return this.view(input.from, input.to);
  }

  async requestChange(
    input: RosterChangeInput,
    by: string,
  ): Promise<RosterChange> {
    const { timeZone, deskHours } = this.config;
    const slot = slotOf(input, timeZone, deskHours);
    const swapWith =
      input.swapWith && slotOf(input.swapWith, timeZone, deskHours);
    const dates = [
      input.date,
      ...(input.swapWith ? [input.swapWith.date] : []),
    ].sort();
    const change = await this.store.exclusive(async tx => {
      const state = await this.state(tx, dates[0], dates[dates.length - 1]);
      const checked = checkChange(
        input,
        slot,
        swapWith,
        state,
        this.config.roster.halfDayHours * 3_600_000,
      );
      return tx.addChange({
        date: input.date,
        kind: input.kind,
        type: input.type,
        start: checked.start,
        end: checked.end,
        holder: checked.holder,
        replacement: input.replacement,
        swapWith: input.swapWith,
        reason: input.reason,
        status: checked.needsApproval ? 'pending' : 'approved',
        needsApproval: checked.needsApproval,
        requestedBy: by,
        requestedAt: state.now,
      });
    });
    await this.tell(
      change,
      change.status === 'pending'
        ? this.config.roles.manager ?? []
        : [change.replacement],
    );
    return change;
  }

  async decide(
    id: string,
    approve: boolean,
    by: string,
    note?: string,
  ): Promise<RosterChange> {
    const change = await this.store.decide(
      id,
      approve,
      by,
      this.now().toISOString(),
      note,
    );
    await this.tell(change, [
      change.requestedBy,
      change.holder,
      change.replacement,
    ]);
    return change;
  }

  pending(): Promise<RosterChange[]> {
    return this.store.pendingChanges();
  }

  /** The slot on now and the next one, with who is on duty at their start (or now). */
  async nowAndNext(): Promise<RosterNow> {
    const at = this.now();
    const [current, next] = currentAndNextSlot(
      at,
      this.config.timeZone,
      this.config.deskHours,
    );
    return {
      current: await this.onDuty(current, at.toISOString()),
      next: await this.onDuty(next, next.start),
    };
  }

  /** Who to call at an instant: the person on duty, or the slot's groups when nobody planned it. */
  async onDutyAt(at: Date): Promise<OnDutyShift> {
    const [slot] = currentAndNextSlot(
      at,
      this.config.timeZone,
      this.config.deskHours,
    );
    return this.onDuty(slot, at.toISOString());
  }

  private async onDuty(slot: SlotWindow, at: string): Promise<OnDutyShift> {
    const [assembled] = await this.assemble(this.store, [slot]);
    const base = {
      date: slot.date,
      kind: slot.kind,
      start: slot.start,
      end: slot.end,
    };
    if (!assembled.holder) {
      return {
        ...base,
        people: await this.members(this.shiftGroups(slot.kind)),
        planned: false,
      };
    }
    const stint =
      assembled.onDuty.find(s => s.start <= at && at < s.end) ??
      assembled.onDuty[0];
    return { ...base, people: [stint.userRef], planned: true };
  }

  private async tell(
    change: RosterChange,
    recipients: string[],
  ): Promise<void> {
    const unique = [...new Set(recipients)];
    if (!unique.length) return;
    const what = `${change.type === 'swap' ? '调岗 swap' : '顶岗 cover'} ${
      change.date
    } ${change.kind}`;
    await this.notifications
      .send({
        recipients: { type: 'entity', entityRef: unique },
        payload: {
          title: `值班表 Roster: ${what} — ${change.status}`,
          description: `${change.holder} → ${change.replacement}: ${change.reason}`,
          link: `/service-desk/roster?date=${change.date}`,
          topic: 'service-desk-roster',
          scope: `service-desk-roster:${change.id}:${change.status}`,
        },
      })
      .catch(error =>
        this.logger.error(
          `Could not send the roster notice for change ${change.id}: ${error}`,
        ),
      );
  }
}
