import { Adjustment, Appeal } from './periodClose';
import { roundPoints, sumPoints } from './points';
import { ScoreItem, ScoreLine, Scorecard } from './types';

/**
 * A scorecard with the deductions that accepted appeals took back (申诉/复核): each such line
 * leaves the deductions and is listed as an adjustment naming its appeal; the item's score and
 * the card's total are worked out again by the same rules as when scored (扣完为止, the bonus
 * on and ops security off the customer-service total). Nothing else moves: an appeal removes
 * exactly its deduction, not the one the no-double-deduction rule left out for the same ticket.
 */
export function applyAppeals(
  card: Scorecard,
  appeals: readonly Appeal[],
): Scorecard {
  const accepted = new Map(
    appeals.filter(a => a.state === 'accepted').map(a => [a.deductionKey, a]),
  );
  if (!accepted.size) return card;
  const split = (lines: ScoreLine[]) => {
    const kept: ScoreLine[] = [];
    const adjustments: Adjustment[] = [];
    for (const line of lines) {
      const appeal = line.key ? accepted.get(line.key) : undefined;
      if (!appeal) kept.push(line);
      else
        adjustments.push({
          appealId: appeal.id,
          deductionKey: appeal.deductionKey,
          points: line.points,
          reason: line.reason,
        });
    }
    return { kept, adjustments };
  };
  const items = card.items.map((item): ScoreItem => {
    const { kept, adjustments } = split(item.deductions);
    if (!adjustments.length) return item;
    const deducted = Math.min(item.max, sumPoints(kept));
    return {
      ...item,
      deductions: kept,
      deducted,
      score: roundPoints(item.max - deducted),
      adjustments: [...(item.adjustments ?? []), ...adjustments],
    };
  });
  const ops = card.opsSecurity && split(card.opsSecurity.deductions);
  const opsSecurity = card.opsSecurity &&
    ops && {
      deductions: ops.kept,
      deducted: sumPoints(ops.kept),
      ...(ops.adjustments.length ? { adjustments: ops.adjustments } : {}),
    };
  const itemsScore = sumPoints(items.map(item => ({ points: item.score })));
  const total = Math.max(
    0,
    roundPoints(
      itemsScore + (card.bonus?.score ?? 0) - (opsSecurity?.deducted ?? 0),
    ),
  );
  return {
    ...card,
    items,
    itemsScore,
    ...(opsSecurity ? { opsSecurity } : {}),
    total,
    percentage: card.maximum ? (total / card.maximum) * 100 : 0,
  };
}
