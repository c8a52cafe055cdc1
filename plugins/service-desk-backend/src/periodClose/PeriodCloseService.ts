import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  Appeal,
  PeriodClose,
  PeriodKind,
  PeriodRef,
  ScorecardReport,
  Seal,
  SealRequest,
  applyAppeals,
  boundedReport,
  changedFigures,
  ruleSetFingerprint,
  scorecardSealDecidePermission,
  scorecardSealSubmitPermission,
} from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { PeriodCloseStore, StoredSeal } from '../database/PeriodCloseStore';
import { Caller, RequestContext } from '../http/requestContext';
import { DeskNotifier } from '../notifications/DeskNotifier';
import { withTicketDetails } from '../scorecard/evidenceDetails';
import { ScorecardService } from '../scorecard/ScorecardService';
import { figureMoves } from './figureMoves';

/** The seal's record as the page shows it: the report it holds travels as the report itself. */
function sealRecord(seal: StoredSeal): Seal {
  const { report, ruleSetFingerprint: _f, watermarks: _w, ...record } = seal;
  return record;
}

/** Every key the deductions of a report carry. */
export function deductionKeysOf(report: ScorecardReport): string[] {
  const cards = [report.operational, report.customerService];
  return cards
    .flatMap(card => [
      ...card.items.flatMap(item => item.deductions.map(line => line.key)),
      ...(card.opsSecurity?.deductions.map(line => line.key) ?? []),
    ])
    .filter((key): key is string => !!key);
}

/** A report with the deductions that accepted appeals took back (on both scorecards). */
export function withAppeals(
  report: ScorecardReport,
  appeals: Appeal[],
): ScorecardReport {
  return {
    ...report,
    operational: applyAppeals(report.operational, appeals),
    customerService: applyAppeals(report.customerService, appeals),
  };
}

/**
 * Closing a period (SPEC §6.7): the lead submits an ended period, the IT manager seals it or
 * returns it, and a sealed period's report stands as it was sealed. Opening it later shows the
 * sealed figures and which live figures now differ, with the records that moved them. Every
 * step is a new row (the store is append-only), audited and notified.
 */
export class PeriodCloseService {
  constructor(
    private readonly deps: {
      db: Knex;
      store: PeriodCloseStore;
      scorecards: ScorecardService;
      context: RequestContext;
      notifier: Pick<DeskNotifier, 'periodCloseStep'>;
      /** Days after sealing within which the lead may still appeal a deduction. */
      appealDays: number;
      now?: () => Date;
    },
  ) {}

  private now(): Date {
    return (this.deps.now ?? (() => new Date()))();
  }

  /**
   * A period's report as a manager reads it: a sealed period's as sealed (unless `live`), with
   * accepted appeals taken off either way, its close state and the appeals of its deductions,
   * and the tickets behind them described. With `linesPerItem` it lists that many lines of each
   * item (and every appealed one), the scores still those of all of them.
   */
  async report(
    kind: PeriodKind,
    label: string,
    options: { live?: boolean; linesPerItem?: number } = {},
  ): Promise<ScorecardReport> {
    const { store, scorecards } = this.deps;
    const period = { kind, label };
    const [live, seals, requests] = await Promise.all([
      scorecards.report(kind, label),
      store.seals(period),
      store.requests(period),
    ]);
    const inForce = seals.find(seal => !seal.unsealed);
    const keys = [
      ...new Set([
        ...deductionKeysOf(live),
        ...(inForce ? deductionKeysOf(inForce.report) : []),
      ]),
    ];
    const appeals = keys.length ? await store.appeals({ keys }) : [];
    const liveShown = withAppeals(live, appeals);
    // A sealed report takes the appeals filed while its window was open. One filed later through
    // another period that holds the same line (the unsealed month of a sealed cycle) moves the
    // live figures, not what was reported.
    const until = inForce && this.appealsUntil(inForce);
    const inTime = until
      ? appeals.filter(a => Date.parse(a.filedAt) <= until.getTime())
      : [];
    const sealedShown = inForce && withAppeals(inForce.report, inTime);
    const close: PeriodClose = {
      status: this.statusOf(inForce, requests[0]),
      ...(inForce ? { seal: sealRecord(inForce) } : {}),
      ...(requests[0] ? { request: requests[0] } : {}),
      earlierSeals: seals.filter(seal => seal.unsealed).map(sealRecord),
    };
    if (inForce && sealedShown) {
      close.changesSinceSealing = await figureMoves(this.deps.db, {
        changes: changedFigures(sealedShown, liveShown),
        after: inForce.watermarks,
        range: {
          from: Date.parse(live.period.start),
          to: Date.parse(live.period.end),
        },
        laterAppeals: appeals.filter(
          a => a.state === 'accepted' && !inTime.includes(a),
        ),
      });
      close.appealsUntil = until!.toISOString();
    }
    const full = sealedShown && !options.live ? sealedShown : liveShown;
    const shown =
      options.linesPerItem === undefined
        ? full
        : boundedReport(
            full,
            options.linesPerItem,
            new Set(appeals.map(a => a.deductionKey)),
          );
    return {
      ...(await withTicketDetails(this.deps.db, shown)),
      basis: sealedShown && !options.live ? 'sealed' : 'live',
      close,
      appeals,
    };
  }

  appealsUntil(seal: Pick<Seal, 'sealedAt'>): Date {
    return DateTime.fromISO(seal.sealedAt)
      .plus({ days: this.deps.appealDays })
      .toJSDate();
  }

  private statusOf(
    inForce: StoredSeal | undefined,
    latest: SealRequest | undefined,
  ): PeriodClose['status'] {
    if (inForce) return 'sealed';
    return latest?.state === 'submitted' ? 'submitted' : 'open';
  }

  async submitAs(
    caller: Caller,
    read: () => { kind: PeriodKind; period: string; note?: string },
  ): Promise<SealRequest> {
    const { context } = this.deps;
    await context.require(
      scorecardSealSubmitPermission,
      caller.credentials,
      'only the desk lead submits a period for sealing',
    );
    const { kind, period: label, note } = read();
    return context.audited(
      caller.request,
      'scorecard-seal-submit',
      { kind, period: label },
      () => this.submit({ kind, label }, caller.actor.userRef, note),
    );
  }

  /** The lead's submission of an ended period that is neither sealed nor waiting already. */
  async submit(
    period: PeriodRef,
    by: string,
    note?: string,
  ): Promise<SealRequest> {
    const { store, scorecards } = this.deps;
    const { end } = scorecards.rulesFor(period.kind, period.label);
    const at = this.now();
    if (end > at.getTime())
      throw new ConflictError(
        `${period.label} has not ended yet: a period is sealed once it is over`,
      );
    const request = await store.exclusive(async tx => {
      const [latest] = await tx.requests(period);
      if (latest?.state === 'submitted')
        throw new ConflictError(
          `${period.label} is already waiting for the manager (request ${latest.id})`,
        );
      const inForce = (await tx.seals(period)).find(seal => !seal.unsealed);
      if (inForce)
        throw new ConflictError(
          `${period.label} is sealed (seal ${inForce.id}); a manager must unseal it first`,
        );
      return tx.submit(period, by, at, note);
    });
    await this.deps.notifier.periodCloseStep(
      { kind: 'periodClose', step: 'submitted', period, by, reason: note },
      { roles: ['manager'] },
      by,
      `request-${request.id}`,
    );
    return request;
  }

  async decideAs(
    caller: Caller,
    read: () => { id: string; approve: boolean; reason?: string },
  ): Promise<{ request: SealRequest; seal?: Seal }> {
    const { context } = this.deps;
    await context.require(
      scorecardSealDecidePermission,
      caller.credentials,
      'only the IT department manager seals a period',
    );
    const { id, approve, reason } = read();
    if (!approve && !reason)
      throw new InputError('reason: say why the period goes back to the lead');
    return context.audited(
      caller.request,
      'scorecard-seal-decision',
      { request: id, approve },
      () => this.decide(id, approve, caller.actor.userRef, reason),
    );
  }

  /** A manager's decision; the one who submitted the period does not decide it. */
  async decide(
    id: string,
    approve: boolean,
    by: string,
    reason?: string,
  ): Promise<{ request: SealRequest; seal?: Seal }> {
    const { store } = this.deps;
    const asked = await store.request(id);
    if (!asked) throw new NotFoundError(`no sealing request ${id}`);
    if (asked.submittedBy === by)
      throw new NotAllowedError(
        'you submitted this period: another manager decides it',
      );
    // The figures are read before the writers take turns: reading the scorecard inside the
    // transaction would wait on it on SQLite's single connection.
    const sealing = approve
      ? await this.sealContent(asked.kind, asked.label)
      : undefined;
    const at = this.now();
    const decided = await store.exclusive(async tx => {
      const current = await tx.request(id);
      if (current?.state !== 'submitted')
        throw new ConflictError(
          `request ${id} was already ${current?.state} by ${current?.decidedBy}`,
        );
      const request = await tx.decide(id, {
        approved: approve,
        by,
        at,
        reason,
      });
      if (!sealing) return { request };
      const seal = await tx.addSeal({
        ...sealing,
        requestId: id,
        kind: asked.kind,
        label: asked.label,
        submittedBy: asked.submittedBy,
        sealedBy: by,
        sealedAt: at.toISOString(),
      });
      return { request, seal: sealRecord(seal) };
    });
    await this.deps.notifier.periodCloseStep(
      {
        kind: 'periodClose',
        step: approve ? 'approved' : 'returned',
        period: { kind: asked.kind, label: asked.label },
        by,
        reason,
      },
      { users: [asked.submittedBy] },
      by,
      `request-${id}`,
    );
    return decided;
  }

  /** What a seal stores: the report as it stands, its rule set, and where the records end. */
  private async sealContent(kind: PeriodKind, label: string) {
    const { store, scorecards } = this.deps;
    const watermarks = await store.watermarks();
    const report = await withTicketDetails(
      this.deps.db,
      await scorecards.report(kind, label),
    );
    const { rules } = scorecards.rulesFor(kind, label);
    return {
      report,
      watermarks,
      ruleSetVersion: report.ruleSetVersion,
      ruleSetFingerprint: ruleSetFingerprint(rules),
    };
  }

  async unsealAs(
    caller: Caller,
    read: () => { id: string; reason: string },
  ): Promise<Seal> {
    const { context } = this.deps;
    await context.require(
      scorecardSealDecidePermission,
      caller.credentials,
      'only the IT department manager unseals a period',
    );
    const { id, reason } = read();
    return context.audited(
      caller.request,
      'scorecard-unseal',
      { seal: id },
      () => this.unseal(id, caller.actor.userRef, reason),
    );
  }

  async unseal(id: string, by: string, reason: string): Promise<Seal> {
    const at = this.now();
    const seal = await this.deps.store.exclusive(async tx => {
      const current = await tx.seal(id);
      if (!current) throw new NotFoundError(`no seal ${id}`);
      if (current.unsealed)
        throw new ConflictError(
          `seal ${id} was already unsealed by ${current.unsealed.by}`,
        );
      await tx.unseal(id, by, at, reason);
      return sealRecord((await tx.seal(id))!);
    });
    await this.deps.notifier.periodCloseStep(
      {
        kind: 'periodClose',
        step: 'unsealed',
        period: { kind: seal.kind, label: seal.label },
        by,
        reason,
      },
      { users: [seal.submittedBy], roles: ['lead'] },
      by,
      `seal-${id}`,
    );
    return seal;
  }
}
