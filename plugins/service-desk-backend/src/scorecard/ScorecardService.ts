import { InputError } from '@backstage/errors';
import {
  PeriodKind,
  PeriodStatistics,
  RuleSet,
  ScorecardReport,
  monthsOf,
  periodRange,
  periodsOfYear,
  ruleSetFor,
  ruleSetInForce,
  slaTargetsOf,
} from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { AssessmentStore } from '../database/AssessmentStore';
import { callFigures } from '../database/metrics/callFigures';
import { buildReport } from './buildReport';
import { keptFigures } from './keptFigures';
import { ReportPeriod, readReportFigures, spansOf } from './reportFigures';
import { ratio, readStatistics, statisticsFrom } from './statistics';

export type LabelledStatistics = PeriodStatistics & { label: string };

/**
 * The scorecards of SPEC §7 for one period: figures aggregated in SQL, facts handed to the pure
 * scoring rules of the common package, under the rule-set version in force at the period's end.
 */
export class ScorecardService {
  constructor(
    private readonly db: Knex,
    private readonly entries: AssessmentStore,
    private readonly timeZone: string,
    private readonly ruleSets: RuleSet[],
    private readonly now: () => Date = () => new Date(),
  ) {}

  rulesFor(
    kind: PeriodKind,
    label: string,
  ): { rules: RuleSet; start: number; end: number } {
    // A label that does not name a period of its kind, or a year before every rule set, is the
    // caller's mistake: 400, not 500.
    try {
      // Which version is in force depends on where the period ends, and where a cycle ends
      // depends on a cycleStartDay: so the year's first version draws the range (an amendment
      // may not move a year's cycles), and the version in force on its last day scores it.
      const { cycleStartDay } = ruleSetFor(
        Number(label.slice(0, 4)),
        this.ruleSets,
      );
      const range = periodRange(kind, label, this.timeZone, cycleStartDay);
      const lastDay = DateTime.fromMillis(range.end.getTime() - 1, {
        zone: this.timeZone,
      }).toFormat('yyyy-MM-dd');
      const rules = ruleSetInForce(lastDay, this.ruleSets);
      return { rules, start: range.start.getTime(), end: range.end.getTime() };
    } catch (e) {
      throw new InputError(`period: ${(e as Error).message}`);
    }
  }

  async statistics(kind: PeriodKind, label: string): Promise<PeriodStatistics> {
    const { rules, start, end } = this.rulesFor(kind, label);
    const [figures] = await readStatistics(this.figures(), {
      boundaries: [start, end],
      targets: slaTargetsOf(rules),
    });
    return statisticsFrom(figures);
  }

  /** Today's answered calls and those answered in time, for the desk page (§7.4 item 1). */
  async callsToday() {
    const start = DateTime.now().setZone(this.timeZone).startOf('day');
    const { rules } = this.rulesFor('year', String(start.year));
    const [today] = await callFigures(this.db, {
      boundaries: [start.toMillis(), start.plus({ days: 1 }).toMillis()],
      answerMs: rules.targets.answerSeconds * 1000,
    });
    return {
      ...today,
      answerSeconds: rules.targets.answerSeconds,
      rate: ratio(today.inTime, today.answered),
    };
  }

  /**
   * The §6 statistics of every period of a year, for trend charts and the annual form: the
   * periods of a year follow one another, so one grouped query per figure serves them all.
   */
  async series(kind: PeriodKind, year: number): Promise<LabelledStatistics[]> {
    const labels = periodsOfYear(kind, year);
    const periods = labels.map(label => this.rulesFor(kind, label));
    const figures = await readStatistics(this.figures(), {
      boundaries: [
        ...periods.map(p => p.start),
        periods[periods.length - 1].end,
      ],
      targets: slaTargetsOf(periods[0].rules),
    });
    return labels.map((label, i) => ({
      label,
      ...statisticsFrom(figures[i]),
    }));
  }

  /**
   * Reads the figures of this year and last (and of their cycles, when cycles do not start on
   * the 1st), so that their closed months are kept before anyone asks: the scheduled task.
   */
  async keepFigures(): Promise<void> {
    const { year } = DateTime.fromJSDate(this.now(), { zone: this.timeZone });
    // Rules never apply to years before their own: such a year has no figures to keep.
    const first = Math.min(...this.ruleSets.map(r => r.year));
    for (const y of [year - 1, year].filter(y0 => y0 >= first)) {
      const { cycleStartDay } = ruleSetFor(y, this.ruleSets);
      const periods: Array<[PeriodKind, string]> = [
        ['year', String(y)],
        ...(cycleStartDay === 1
          ? []
          : periodsOfYear('cycle', y).map((label): [PeriodKind, string] => [
              'cycle',
              label,
            ])),
      ];
      for (const [kind, label] of periods) {
        await readReportFigures(
          this.figures(),
          this.entries,
          this.periodOf(kind, label),
        );
      }
    }
  }

  async report(kind: PeriodKind, label: string): Promise<ScorecardReport> {
    const period = this.periodOf(kind, label);
    return buildReport(
      period,
      await readReportFigures(this.figures(), this.entries, period),
    );
  }

  /** The figures as of now: the months closed by now are read from their kept rows. */
  private figures() {
    return keptFigures(this.db, {
      timeZone: this.timeZone,
      now: this.now().getTime(),
    });
  }

  private periodOf(kind: PeriodKind, label: string): ReportPeriod {
    const { rules, start, end } = this.rulesFor(kind, label);
    const range = { start: new Date(start), end: new Date(end) };
    const months = monthsOf(range, this.timeZone);
    const monthStart = (month: string) =>
      periodRange('month', month, this.timeZone).start.getTime();
    return {
      kind,
      label,
      timeZone: this.timeZone,
      rules,
      targets: slaTargetsOf(rules),
      start,
      end,
      months: {
        labels: months,
        boundaries: [start, ...months.slice(1).map(monthStart), end],
      },
      quarters: spansOf('quarter', start, end, this.timeZone),
      halves: spansOf('half', start, end, this.timeZone),
      asOf: new Date(Math.min(this.now().getTime(), end)),
    };
  }
}
