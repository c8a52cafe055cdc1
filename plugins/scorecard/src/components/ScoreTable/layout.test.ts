import { ScoreItem } from '@internal/plugin-service-desk-common';
import { itemRows } from './layout';

const item = (id: ScoreItem['id']): ScoreItem => ({
  id,
  max: 10,
  score: 10,
  deducted: 0,
  deductions: [],
  excluded: [],
});

describe('itemRows', () => {
  it('puts both emergency lines under one number, as the regulation does', () => {
    const rows = itemRows(
      [
        'emergencyResponse',
        'emergencyClose',
        'permitFailures',
        'reportFailures',
        'eventResponseFailures',
      ].map(id => item(id as ScoreItem['id'])),
    );
    expect(
      rows.map(r => r.head && [r.head.no, r.head.span, r.head.secondLevel]),
    ).toEqual([
      [1, 2, 'emergency'],
      undefined,
      [2, 1, 'permit'],
      [3, 1, 'report'],
      [4, 1, 'eventResponse'],
    ]);
  });

  it('numbers the customer-service items one by one', () => {
    const rows = itemRows(
      ['answerRate', 'resolutionRate', 'satisfaction'].map(id =>
        item(id as ScoreItem['id']),
      ),
    );
    expect(rows.map(r => r.head?.no)).toEqual([1, 2, 3]);
    expect(rows.every(r => r.head?.secondLevel === undefined)).toBe(true);
  });
});
