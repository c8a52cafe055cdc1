import {
  Appeal,
  ChangedFigure,
  EvidenceRef,
  FigureChange,
  OPERATIONAL_ITEMS,
  ScoreItemId,
} from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import { Watermarks } from '../database/PeriodCloseStore';
import { laterRecords } from '../database/metrics/laterRecords';

const idsOf = (refs: EvidenceRef[], type: EvidenceRef['type']) => [
  ...new Set(refs.filter(r => r.type === type).map(r => r.id)),
];

/** Which records a figure counted over the whole period is counted from. */
function countedFrom(figure: string): EvidenceRef['type'][] {
  if (/answerRate/i.test(figure)) return ['call'];
  if (
    /^statistics\.|resolutionRate|timelyProcessing|satisfactionRate|qualificationRate|kpi\./.test(
      figure,
    )
  )
    return ['event'];
  return ['event', 'call', 'entry'];
}

const cardOf = (itemId: ScoreItemId) =>
  (OPERATIONAL_ITEMS as readonly string[]).includes(itemId)
    ? 'operational'
    : 'customerService';

/** The appeals, accepted after the sealed report's window, behind a figure of its card. */
function appealMoves(figure: string, appeals: Appeal[]): EvidenceRef[] {
  const [card, part] = figure.split('.');
  return appeals
    .filter(
      a => cardOf(a.itemId) === card && (part === a.itemId || part === 'total'),
    )
    .map(a => ({ type: 'appeal', id: a.id, label: `#${a.id}` }));
}

/**
 * "Changes since sealing": each changed figure with what was recorded after the seal and moved
 * it: the later records of the tickets, entries and calls its deductions or measures name, and
 * the appeals accepted after its window. Only when none of those explains it (a rate over every
 * ticket of the period) are the period's later records of the kind it counts listed. Two queries
 * however many figures changed.
 */
export async function figureMoves(
  db: Knex,
  options: {
    changes: ChangedFigure[];
    after: Watermarks;
    range: { from: number; to: number };
    laterAppeals: Appeal[];
  },
): Promise<FigureChange[]> {
  const { changes, after, range, laterAppeals } = options;
  if (!changes.length) return [];
  const named = changes.flatMap(c => c.evidence);
  const ticketOf = (r: EvidenceRef) =>
    r.type === 'ticket' ? r.id : r.ticketId;
  const [ofNamed, ofPeriod] = await Promise.all([
    laterRecords(db, {
      after,
      range,
      ticketIds: [
        ...new Set(named.map(ticketOf).filter((id): id is string => !!id)),
      ],
      entryIds: idsOf(named, 'entry'),
      callIds: idsOf(named, 'call'),
    }),
    changes.some(c => c.wholePeriod)
      ? laterRecords(db, { after, range })
      : Promise.resolve([]),
  ]);
  return changes.map(change => {
    const tickets = new Set(
      change.evidence.map(ticketOf).filter((id): id is string => !!id),
    );
    const refs = new Set(change.evidence.map(r => `${r.type}:${r.id}`));
    const moves = [
      ...ofNamed.filter(m =>
        m.type === 'event'
          ? tickets.has(m.ticketId!)
          : refs.has(`${m.type}:${m.id}`),
      ),
      ...appealMoves(change.figure, laterAppeals),
    ];
    if (!moves.length && change.wholePeriod) {
      const kinds = countedFrom(change.figure);
      moves.push(...ofPeriod.filter(m => kinds.includes(m.type)));
    }
    return {
      figure: change.figure,
      sealed: change.sealed,
      live: change.live,
      moves,
    };
  });
}
