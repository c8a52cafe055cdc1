import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  Appeal,
  PeriodKind,
  ScoreItemId,
  ScoreLine,
  ScorecardReport,
  scorecardAppealDecidePermission,
  scorecardAppealFilePermission,
  scorecardReadPermission,
} from '@internal/plugin-service-desk-common';
import { PeriodCloseStore } from '../database/PeriodCloseStore';
import { Caller, RequestContext } from '../http/requestContext';
import { DeskNotifier } from '../notifications/DeskNotifier';
import { PeriodCloseService } from '../periodClose/PeriodCloseService';

export interface AppealInput {
  kind: PeriodKind;
  period: string;
  deductionKey: string;
  reason: string;
  evidenceLink?: string;
}

/** The deduction line a key names in a report, with its item; ops security counts as an item. */
function lineOf(
  report: ScorecardReport,
  key: string,
): { itemId: ScoreItemId; line: ScoreLine } | undefined {
  for (const card of [report.operational, report.customerService]) {
    for (const item of card.items) {
      const line = item.deductions.find(d => d.key === key);
      if (line) return { itemId: item.id, line };
    }
    const ops = card.opsSecurity?.deductions.find(d => d.key === key);
    if (ops) return { itemId: 'opsSecurity', line: ops };
  }
  return undefined;
}

/**
 * Appeals of deductions (申诉/复核): the desk lead appeals one line of a period's report, before
 * the period is sealed or within the configured days after; an IT manager other than the one
 * who filed it accepts or rejects it with a reason. An accepted appeal takes back exactly that
 * line wherever it appears (PeriodCloseService applies it); nothing here is ever changed after.
 */
export class AppealService {
  constructor(
    private readonly deps: {
      store: PeriodCloseStore;
      periods: PeriodCloseService;
      context: RequestContext;
      notifier: Pick<DeskNotifier, 'periodCloseStep'>;
      now?: () => Date;
    },
  ) {}

  private now(): Date {
    return (this.deps.now ?? (() => new Date()))();
  }

  async list(caller: Caller, read: () => { year: number }): Promise<Appeal[]> {
    await this.deps.context.require(
      scorecardReadPermission,
      caller.credentials,
      'only the desk and managers read appeals',
    );
    return this.deps.store.appeals({ year: read().year });
  }

  async fileAs(caller: Caller, read: () => AppealInput): Promise<Appeal> {
    const { context } = this.deps;
    await context.require(
      scorecardAppealFilePermission,
      caller.credentials,
      'only the desk lead appeals a deduction',
    );
    const input = read();
    return context.audited(
      caller.request,
      'scorecard-appeal-file',
      { period: input.period, deduction: input.deductionKey },
      () => this.file(input, caller.actor.userRef),
    );
  }

  /** An appeal of a line the period's report holds, within the window, one open at a time. */
  async file(input: AppealInput, by: string): Promise<Appeal> {
    const { store, periods } = this.deps;
    const period = { kind: input.kind, label: input.period };
    // The line as the period's report shows it, sealed or live; a line an accepted appeal took
    // out is still found through that appeal, and refused below as already accepted.
    const report = await periods.report(input.kind, input.period);
    const found =
      lineOf(report, input.deductionKey) ??
      this.appealedLine(report, input.deductionKey);
    if (!found)
      throw new NotFoundError(
        `${input.period} has no deduction ${input.deductionKey}`,
      );
    const at = this.now();
    const seal = report.close?.seal;
    if (seal && at > periods.appealsUntil(seal))
      throw new ConflictError(
        `the appeal window of ${input.period} closed on ${report.close?.appealsUntil}`,
      );
    const appeal = await store.exclusive(async tx => {
      const earlier = await tx.appeals({ keys: [input.deductionKey] });
      const open = earlier.find(a => a.state !== 'rejected');
      if (open)
        throw new ConflictError(
          `this deduction already has an appeal ${open.state} (#${open.id})`,
        );
      return tx.fileAppeal({
        ...period,
        year: Number(input.period.slice(0, 4)),
        deductionKey: input.deductionKey,
        itemId: found.itemId,
        points: found.line.points,
        deduction: found.line.reason,
        evidence: found.line.evidence,
        reason: input.reason,
        evidenceLink: input.evidenceLink,
        filedBy: by,
        filedAt: at.toISOString(),
      });
    });
    await this.deps.notifier.periodCloseStep(
      {
        kind: 'appeal',
        step: 'filed',
        period,
        appealId: appeal.id,
        points: appeal.points,
        by,
        reason: appeal.reason,
      },
      { roles: ['manager'] },
      by,
      `appeal-${appeal.id}`,
    );
    return appeal;
  }

  /** A line already taken back by an accepted appeal is still the line appealed. */
  private appealedLine(report: ScorecardReport, key: string) {
    const appeal = report.appeals?.find(a => a.deductionKey === key);
    return (
      appeal && {
        itemId: appeal.itemId,
        line: {
          key,
          points: appeal.points,
          reason: appeal.deduction,
          evidence: appeal.evidence,
        },
      }
    );
  }

  async decideAs(
    caller: Caller,
    read: () => { id: string; accept: boolean; reason: string },
  ): Promise<Appeal> {
    const { context } = this.deps;
    await context.require(
      scorecardAppealDecidePermission,
      caller.credentials,
      'only the IT department manager decides appeals',
    );
    const { id, accept, reason } = read();
    return context.audited(
      caller.request,
      'scorecard-appeal-decision',
      { appeal: id, accept },
      () => this.decide(id, accept, caller.actor.userRef, reason),
    );
  }

  /** A manager's review, once; whoever filed the appeal does not review it. */
  async decide(
    id: string,
    accept: boolean,
    by: string,
    reason: string,
  ): Promise<Appeal> {
    const { store } = this.deps;
    const [filed] = await store.appeals({ ids: [id] });
    if (!filed) throw new NotFoundError(`no appeal ${id}`);
    if (filed.filedBy === by)
      throw new NotAllowedError(
        'you filed this appeal: another manager decides it',
      );
    const at = this.now();
    const decided = await store.exclusive(async tx => {
      const [current] = await tx.appeals({ ids: [id] });
      if (current.state !== 'pending')
        throw new ConflictError(
          `appeal ${id} was already ${current.state} by ${current.decidedBy}`,
        );
      return tx.decideAppeal(id, { accepted: accept, by, at, reason });
    });
    await this.deps.notifier.periodCloseStep(
      {
        kind: 'appeal',
        step: accept ? 'accepted' : 'rejected',
        period: { kind: decided.kind, label: decided.label },
        appealId: id,
        points: decided.points,
        by,
        reason,
      },
      { users: [filed.filedBy] },
      by,
      `appeal-${id}`,
    );
    return decided;
  }
}
