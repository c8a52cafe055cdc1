import {
  OnDutyShift,
  RosterChange,
  RosterChangeInput,
  RosterNow,
  RosterPlanInput,
  RosterSlot,
  RosterView,
  ShiftKind,
  slotKey,
} from '@internal/plugin-service-desk-common';
import { ConflictError, NotAllowedError } from '@backstage/errors';
import { DateTime } from 'luxon';
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
  calendarGaps,
  currentAndNextSlot,
  slotOf,
  slotsBetween,
} from './deskHours';
import { onDutyAcross, touchesSlot } from './onDuty';
import {
  describeBreaches,
  dutyByPerson,
  gainsOf,
  restBreaches,
  restOfChange,
  stintsOf,
} from './restCheck';
import { RosterState, checkChange, checkPlan } from './rosterRules';

/** Tells people of a cover or swap asked or decided (the desk's notifier). */
export interface RosterNotices {
  /** `by` asked or decided the change, and is not told of their own step. */
  rosterChange(
    change: RosterChange,
    recipients: string[],
    by: string,
  ): Promise<void>;
}

/** Anything that can list a catalog group's members (the catalog router). */
export interface GroupMembers {
  membersOf(groupRef: string): Promise<string[]>;
}

const READ_REFUSAL = 'only the desk and managers see the roster';

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
  private readonly notices: RosterNotices;
  private readonly now: () => Date;
  private readonly context?: RequestContext;

  constructor(options: {
    store: RosterStore;
    config: ServiceDeskConfig;
    catalog: GroupMembers;
    notices: RosterNotices;
    now?: () => Date;
    /** Permission checks and the audit log, for the methods that take a caller. */
    context?: RequestContext;
  }) {
    this.store = options.store;
    this.config = options.config;
    this.catalog = options.catalog;
    this.notices = options.notices;
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
    const around = await this.surroundings(this.store, from, to);
    const outside = around.windows.filter(w => w.date < from || w.date > to);
    return {
      from,
      to,
      timeZone: this.config.timeZone,
      slots: await this.assemble(this.store, windows),
      eligible: await this.eligible(),
      rest: this.config.roster.rest,
      adjacent: stintsOf(outside, around.holders, around.changes).map(s => ({
        ...s.slot,
        userRef: s.userRef,
        start: s.start,
        end: s.end,
      })),
      calendarGaps: calendarGaps(from, to, this.config.deskHours),
    };
  }

  /**
   * The slots around from..to as far as a stretch of duty and the rest after it can reach, with
   * their holders and changes: what the rest rule needs to judge the range.
   */
  private async surroundings(store: RosterStore, from: string, to: string) {
    const { maxContinuousHours, minRestHours } = this.config.roster.rest;
    const days = Math.ceil((maxContinuousHours + minRestHours) / 24) + 1;
    const shift = (d: string, n: number) =>
      DateTime.fromISO(d, { zone: 'utc' }).plus({ days: n }).toISODate()!;
    const wide = { from: shift(from, -days), to: shift(to, days) };
    return {
      windows: slotsBetween(
        wide.from,
        wide.to,
        this.config.timeZone,
        this.config.deskHours,
      ),
      holders: new Map(
        (await store.planned(wide.from, wide.to)).map(p => [
          slotKey(p),
          p.holder,
        ]),
      ),
      // All of them: the rest rule's helpers count only the approved ones.
      changes: await store.changes(wide.from, wide.to),
    };
  }

  /** Each person's duty around a change as if it were approved (and no other pending one). */
  private async dutyWith(store: RosterStore, change: RosterChange) {
    const dates = [change.date, change.swapWith?.date ?? change.date].sort();
    const around = await this.surroundings(store, dates[0], dates[1]);
    return dutyByPerson(around.windows, around.holders, [
      ...around.changes.filter(c => c.id !== change.id),
      { ...change, status: 'approved' },
    ]);
  }

  /** A change that would break the rest rule is refused, whoever would decide it (README). */
  private async keepRest(
    store: RosterStore,
    change: RosterChange,
    refusal: string,
  ) {
    const breaches = restBreaches(
      await this.dutyWith(store, change),
      this.config.roster.rest,
      gainsOf(change),
    );
    if (breaches.length)
      throw new ConflictError(`${refusal}: ${describeBreaches(breaches)}`);
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
      (await store.planned(from, to)).map(p => [slotKey(p), p]),
    );
    const changes = await store.changes(from, to);
    return windows.map(w => {
      const plan = planned.get(slotKey(w));
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
        (await store.planned(from, to)).map(p => [slotKey(p), p.holder]),
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
      await this.planKeepsRest(tx, input);
      await tx.savePlan(input.assignments, by, this.now().toISOString());
    });
    return this.view(input.from, input.to);
  }

  /** Refuses a plan that gives someone a slot the rest rule does not let them take. */
  private async planKeepsRest(store: RosterStore, input: RosterPlanInput) {
    const around = await this.surroundings(store, input.from, input.to);
    const gains = new Map<string, Set<string>>();
    for (const a of input.assignments) {
      if (around.holders.get(slotKey(a)) === a.holder) continue;
      around.holders.set(slotKey(a), a.holder);
      gains.set(a.holder, (gains.get(a.holder) ?? new Set()).add(slotKey(a)));
    }
    const breaches = restBreaches(
      dutyByPerson(around.windows, around.holders, around.changes),
      this.config.roster.rest,
      gains,
    );
    if (breaches.length) {
      throw new ConflictError(
        `the plan was not saved: ${describeBreaches(breaches)}`,
      );
    }
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
      const fields = {
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
      } as const;
      await this.keepRest(tx, { ...fields, id: '' }, 'the change was not made');
      return tx.addChange(fields);
    });
    await this.notices.rosterChange(
      change,
      change.status === 'pending'
        ? this.config.roles.manager ?? []
        : [change.replacement],
      by,
    );
    return change;
  }

  async decide(
    id: string,
    approve: boolean,
    by: string,
    note?: string,
  ): Promise<RosterChange> {
    // The roster may have changed since the change was asked (another one approved meanwhile).
    const change = await this.store.exclusive(async tx => {
      const asked = approve
        ? (await tx.pendingChanges()).find(c => c.id === id)
        : undefined;
      if (asked) await this.keepRest(tx, asked, 'the change was not approved');
      return tx.decide(id, approve, by, this.now().toISOString(), note);
    });
    await this.notices.rosterChange(
      change,
      [change.requestedBy, change.holder, change.replacement],
      by,
    );
    return change;
  }

  /** The changes waiting for the manager, each with the rest it leaves the people taking slots. */
  async pending(): Promise<RosterChange[]> {
    const { timeZone, deskHours } = this.config;
    const changes = await this.store.pendingChanges();
    return Promise.all(
      changes.map(async c => ({
        ...c,
        rest: restOfChange(
          c,
          await this.dutyWith(this.store, c),
          this.config.roster.rest,
          c.swapWith && slotOf(c.swapWith, timeZone, deskHours),
        ),
      })),
    );
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
}
