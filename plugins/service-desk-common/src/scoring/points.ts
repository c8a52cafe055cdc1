import {
  EvidenceRef,
  ScoreItem,
  ScoreItemId,
  ScoreLine,
  TargetStatus,
} from './types';

/**
 * Arithmetic shared by the scorers. Points are rounded to a millionth after every sum so that
 * configured fractions (0.1 × 3) add up to what a person computes by hand.
 */
export function roundPoints(points: number): number {
  return Math.round(points * 1e6) / 1e6;
}

export function sumPoints(lines: Array<{ points: number }>): number {
  return roundPoints(lines.reduce((sum, line) => sum + line.points, 0));
}

/** An item from its deductions: the score stops at 0 however much is deducted (扣完为止). */
export function scoreItem(
  id: ScoreItemId,
  max: number,
  deductions: ScoreLine[],
  extra: Pick<ScoreItem, 'status'> & Partial<Pick<ScoreItem, 'excluded'>> = {},
): ScoreItem {
  const deducted = Math.min(max, sumPoints(deductions));
  return {
    id,
    max,
    score: roundPoints(max - deducted),
    deducted,
    deductions,
    excluded: extra.excluded ?? [],
    ...(extra.status ? { status: extra.status } : {}),
  };
}

/**
 * A threshold ratio (0.99) in basis points (9900). Rule sets are validated to at most four
 * decimals, so this is exact and every comparison below stays in integers.
 */
export function basisPoints(ratio: number): number {
  return Math.round(ratio * 10_000);
}

/** floor(a / b) for non-negative safe integers, exact even where a float quotient would round up. */
function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  while (q * b > a) q--;
  while ((q + 1) * b <= a) q++;
  return q;
}

function checkCounts(hit: number, of: number, what: string) {
  if (!Number.isInteger(hit) || !Number.isInteger(of) || hit < 0 || hit > of) {
    throw new RangeError(
      `${what}: expected whole counts with 0 ≤ ${hit} ≤ ${of}`,
    );
  }
}

/**
 * Full percentage points by which hit/of falls below a threshold: 98.0 % against 99 % is 1,
 * 97.99 % is 1, 96.99 % is 2, 99.0 % and 98.5 % are 0. Computed as
 * floor((threshold·of − hit) / (of / 100)) in integers. No denominator, no points.
 */
export function fullPointsBelow(
  hit: number,
  of: number,
  threshold: number,
  what = 'rate',
): number {
  checkCounts(hit, of, what);
  if (of === 0) return 0;
  const shortfall = basisPoints(threshold) * of - hit * 10_000;
  return shortfall <= 0 ? 0 : floorDiv(shortfall, 100 * of);
}

/** hit/of ≥ threshold compared in integers; 'noData' without a denominator. */
export function rateStatus(
  hit: number,
  of: number,
  threshold: number,
  what = 'rate',
): TargetStatus {
  checkCounts(hit, of, what);
  if (of === 0) return 'noData';
  return hit * 10_000 >= basisPoints(threshold) * of ? 'met' : 'missed';
}

/** Met when nothing of what was measured came late; 'noData' when nothing was measured. */
export function onTimeStatus(measured: number, late: number): TargetStatus {
  if (!measured) return 'noData';
  return late ? 'missed' : 'met';
}

/** Statuses of the parts as one: any part missed misses, 'noData' only when no part had data. */
export function combinedStatus(statuses: TargetStatus[]): TargetStatus {
  if (statuses.includes('missed')) return 'missed';
  return statuses.includes('met') ? 'met' : 'noData';
}

/** The refs behind a fact, the ticket last, without repeats. */
export function evidenceOf(
  ...refs: Array<EvidenceRef | undefined>
): EvidenceRef[] {
  const seen = new Set<string>();
  return refs.filter((ref): ref is EvidenceRef => {
    if (!ref || seen.has(`${ref.type}:${ref.id}`)) return false;
    seen.add(`${ref.type}:${ref.id}`);
    return true;
  });
}

/** Entries grouped by cycle label, in label order. */
export function groupByCycle<T extends { cycle: string }>(
  entries: T[],
): Map<string, T[]> {
  const byCycle = new Map<string, T[]>();
  for (const entry of [...entries].sort((a, b) =>
    a.cycle.localeCompare(b.cycle),
  )) {
    byCycle.set(entry.cycle, [...(byCycle.get(entry.cycle) ?? []), entry]);
  }
  return byCycle;
}
