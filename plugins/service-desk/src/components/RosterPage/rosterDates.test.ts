import { rosterView } from '../../__testUtils__/fixtures';
import { instantInSlot, planRange, viewRange } from './rosterDates';

describe('roster dates', () => {
  it.each([
    ['week', '2026-12-02', { from: '2026-11-30', to: '2026-12-06' }],
    ['week', '2026-11-29', { from: '2026-11-23', to: '2026-11-29' }],
    // 1 February 2027 is a Monday and the 28th a Sunday: exactly four weeks.
    ['month', '2027-02-15', { from: '2027-02-01', to: '2027-02-28' }],
    ['month', '2026-11-30', { from: '2026-10-26', to: '2026-12-06' }],
  ] as const)('a %s view around %s shows %o', (scope, anchor, range) => {
    expect(viewRange(scope, anchor)).toEqual(range);
  });

  it('plans a month by its own days only', () => {
    expect(planRange('month', '2026-11-30')).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
    });
  });

  // Saturday 2026-12-05's duty slot runs from 08:00 to 08:00 on Sunday (Shanghai, UTC+8).
  const saturdayDuty = rosterView('2026-12-05', '2026-12-05').slots[0];
  it.each([
    ['08:00', false, '2026-12-05T00:00:00.000Z'],
    ['08:00', true, '2026-12-06T00:00:00.000Z'],
    ['07:59', false, '2026-12-05T23:59:00.000Z'],
    ['23:00', true, '2026-12-05T15:00:00.000Z'],
  ])('reads %s (end: %s) within the slot as %s', (time, isEnd, instant) => {
    expect(instantInSlot(saturdayDuty, time, 'Asia/Shanghai', isEnd)).toBe(
      instant,
    );
  });
});
