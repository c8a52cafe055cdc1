import { evidenceOf, groupByCycle, roundPoints } from './points';
import {
  CycleEntryFact,
  GroupedDeductionMode,
  ReasonCode,
  ScoreLine,
  TargetStatus,
} from './types';

/**
 * Items counted per assessment cycle (report filling, event response; SPEC §7.1). Each cycle is
 * scored alone and the deductions are summed over the cycles of the period (按周期统计，扣分累加).
 *
 * - 'fullGroups' (default): floor(n ÷ groupSize) × perGroup. With the regulation's 3 and a
 *   target of ≤ 3, three failures already cost 1 point though the target is met; the target's
 *   met/missed is shown on its own.
 * - 'beyondTarget': only failures beyond the per-cycle target count, and those in full groups:
 *   floor(max(0, n − target) ÷ groupSize) × perGroup. With target 3 and groups of 3: 3 → 0,
 *   6 → 1, 7 → 1, 9 → 2.
 */
export function groupedDeductions(
  entries: CycleEntryFact[],
  rule: { perGroup: number; groupSize: number },
  target: number,
  mode: GroupedDeductionMode,
  code: ReasonCode,
): ScoreLine[] {
  const lines: ScoreLine[] = [];
  for (const [cycle, inCycle] of groupByCycle(entries)) {
    const counted =
      mode === 'beyondTarget'
        ? Math.max(0, inCycle.length - target)
        : inCycle.length;
    const groups = Math.floor(counted / rule.groupSize);
    if (groups > 0) {
      lines.push({
        points: roundPoints(groups * rule.perGroup),
        reason: {
          code,
          params: { cycle, failures: inCycle.length, groups, target },
        },
        evidence: evidenceOf(
          ...inCycle.flatMap(entry => [entry.ref, entry.ticket]),
        ),
      });
    }
  }
  return lines;
}

/** Met when no cycle has more failures than the target. Cycles without entries had none. */
export function perCycleStatus(
  entries: CycleEntryFact[],
  target: number,
): TargetStatus {
  return [...groupByCycle(entries).values()].some(
    inCycle => inCycle.length > target,
  )
    ? 'missed'
    : 'met';
}
