import { applyAppeals } from './appeals';
import { withDeductionKeys } from './deductionKeys';
import { scoreCustomerService } from './customerService';
import { scoreOperational } from './operational';
import { Appeal } from './periodClose';
import { regulationRuleSet } from './ruleSets';
import { NO_CUSTOMER_FACTS, entry, ticket } from './testRefs';
import { CustomerServiceFacts } from './types';

const rules = regulationRuleSet(2026);

/** Emergencies 1 and 2 answered in 20 and 30 min (> 15: −2 each); 3 permit failures (−5 each). */
const operational = withDeductionKeys(
  scoreOperational(
    {
      emergencies: [
        { ticket: ticket(1), responseMinutes: 20, closeMinutes: 30 },
        { ticket: ticket(2), responseMinutes: 30, closeMinutes: 30 },
      ],
      permitFailures: [1, 2, 3].map(n => ({ ref: entry(`p${n}`) })),
      reportFailures: [],
      eventResponseFailures: [],
    },
    rules,
  ),
  '2026-11',
);

const appeal = (
  deductionKey: string,
  state: Appeal['state'],
  id = '7',
): Appeal => ({
  id,
  kind: 'cycle',
  label: '2026-11',
  deductionKey,
  itemId: 'emergencyResponse',
  points: 2,
  deduction: { code: 'emergencyResponseLate', params: {} },
  evidence: [],
  reason: 'r',
  state,
  filedBy: 'user:default/lead',
  filedAt: '2026-11-25T00:00:00Z',
});

const item = (card: typeof operational, id: string) =>
  card.items.find(i => i.id === id)!;

describe('deduction keys', () => {
  it('name a per-ticket line by its ticket, the same in every period', () => {
    const keys = item(operational, 'emergencyResponse').deductions.map(
      d => d.key,
    );
    expect(keys).toEqual([
      'emergencyResponse:emergencyResponseLate:ticket-t1',
      'emergencyResponse:emergencyResponseLate:ticket-t2',
    ]);
    const inYear = withDeductionKeys(operational, '2026');
    expect(
      item(inYear, 'emergencyResponse').deductions.map(d => d.key),
    ).toEqual(keys);
  });

  it('name a rate line by its month, or by the period when pooled', () => {
    const facts: CustomerServiceFacts = {
      ...NO_CUSTOMER_FACTS,
      calls: [{ month: '2026-11', answered: 100, inTime: 97, late: [] }],
      tickets: [{ month: '2026-11', closed: 100, timely: 97, late: [] }],
    };
    const card = withDeductionKeys(
      scoreCustomerService(facts, rules),
      '2026-Q4',
    );
    expect(item(card, 'answerRate').deductions[0].key).toBe(
      'answerRate:answerRateBelowThreshold@2026-Q4',
    );
    expect(item(card, 'resolutionRate').deductions[0].key).toBe(
      'resolutionRate:resolutionRateBelowThreshold:2026-11',
    );
  });
});

describe('applyAppeals', () => {
  const key = 'emergencyResponse:emergencyResponseLate:ticket-t1';

  it('gives back exactly the accepted line, naming its appeal', () => {
    // By hand: 20 − 4 = 16 and 40 − 15 = 25, total 16 + 10 + 25 + 10 + 20 = 81; the appeal
    // gives back 2 of emergency response: 18, total 83.
    expect(operational.total).toBe(81);
    const after = applyAppeals(operational, [appeal(key, 'accepted')]);
    expect(item(after, 'emergencyResponse')).toMatchObject({
      score: 18,
      deducted: 2,
      adjustments: [
        {
          appealId: '7',
          deductionKey: key,
          points: 2,
          reason: { code: 'emergencyResponseLate' },
        },
      ],
    });
    expect(item(after, 'emergencyResponse').deductions).toHaveLength(1);
    expect(after.total).toBe(83);
    expect(after.percentage).toBe(83);
  });

  it('changes nothing for a pending or rejected appeal', () => {
    expect(
      applyAppeals(operational, [
        appeal(key, 'pending'),
        appeal(key, 'rejected', '8'),
      ]),
    ).toEqual(operational);
  });

  it('keeps an item at its cap when what remains still passes it (扣完为止)', () => {
    const capped = withDeductionKeys(
      scoreOperational(
        {
          emergencies: [],
          permitFailures: Array.from({ length: 9 }, (_, n) => ({
            ref: entry(`p${n}`),
          })),
          reportFailures: [],
          eventResponseFailures: [],
        },
        rules,
      ),
      '2026-11',
    );
    // 9 × 5 = 45 against a maximum of 40: one line given back leaves 40, still 0 points.
    const [first] = item(capped, 'permitFailures').deductions;
    const after = applyAppeals(capped, [appeal(first.key!, 'accepted')]);
    expect(item(after, 'permitFailures')).toMatchObject({
      score: 0,
      deducted: 40,
    });
    expect(after.total).toBe(capped.total);
  });
});
