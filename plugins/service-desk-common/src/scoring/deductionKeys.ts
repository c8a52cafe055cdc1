import { ScoreItemId, ScoreLine, Scorecard } from './types';

/**
 * Names a deduction so that an appeal of it (periodClose.ts) finds it again in every report that
 * holds it: a ticket's late emergency is the same deduction in its cycle, month, quarter and year.
 * A per-ticket or per-entry line is named by what it deducts for; a per-cycle or per-month line
 * by its cycle or month; a rate over the whole period by the period, since a quarter's rate is
 * not its months'.
 */
export function deductionKey(
  itemId: ScoreItemId,
  line: Pick<ScoreLine, 'reason' | 'evidence'>,
  periodLabel: string,
): string {
  const { code, params } = line.reason;
  const span = params.cycle ?? params.month;
  if (span !== undefined) return `${itemId}:${code}:${span}`;
  if (code.endsWith('BelowThreshold'))
    return `${itemId}:${code}@${periodLabel}`;
  // A ticket's correction events join its evidence later: the ticket alone names the line.
  const tickets = line.evidence.filter(ref => ref.type === 'ticket');
  const refs = tickets.length ? tickets : line.evidence;
  const names = refs.map(ref => `${ref.type}-${ref.id}`).sort();
  return `${itemId}:${code}:${names.join('+')}`;
}

/** The scorecard with every deduction (and ops-security deduction) named. */
export function withDeductionKeys(
  card: Scorecard,
  periodLabel: string,
): Scorecard {
  const named = (itemId: ScoreItemId) => (line: ScoreLine) => ({
    ...line,
    key: deductionKey(itemId, line, periodLabel),
  });
  return {
    ...card,
    items: card.items.map(item => ({
      ...item,
      deductions: item.deductions.map(named(item.id)),
    })),
    ...(card.opsSecurity
      ? {
          opsSecurity: {
            ...card.opsSecurity,
            deductions: card.opsSecurity.deductions.map(named('opsSecurity')),
          },
        }
      : {}),
  };
}
