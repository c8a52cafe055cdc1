import { DeskHours, currentAndNextShift, isDeskDay, shiftAt } from './deskHours';

const HOURS: DeskHours = {
  summer: { from: '05-01', to: '09-30', start: '08:00', end: '17:30' },
  winter: { start: '08:00', end: '18:00' },
};
const TZ = 'Asia/Shanghai';
// Shanghai is UTC+8: 08:00 local is 00:00Z.
const local = (iso: string) => new Date(`${iso}+08:00`);

describe('duty roster hours (§8.6)', () => {
  it.each<[string, string, string, string]>([
    ['a summer Wednesday afternoon', '2026-07-15T17:00:00', 'desk', '2026-07-15T09:30:00.000Z'],
    ['the same day after 17:30 in summer', '2026-07-15T17:45:00', 'duty', '2026-07-16T00:00:00.000Z'],
    ['a winter Monday at 17:45 (desk until 18:00)', '2026-11-30T17:45:00', 'desk', '2026-11-30T10:00:00.000Z'],
    ['a Saturday', '2026-11-28T11:00:00', 'duty', '2026-11-30T00:00:00.000Z'],
    ['before 08:00', '2026-11-30T07:59:00', 'duty', '2026-11-30T00:00:00.000Z'],
  ])('%s', (_name, at, kind, end) => {
    const shift = shiftAt(local(at), TZ, HOURS);
    expect({ kind: shift.kind, end: shift.end }).toEqual({ kind, end });
  });

  it('follows statutory holidays and adjusted working days (调休)', () => {
    // 2026-10-01 National Day is a holiday; 2026-10-10 (a Saturday) is an adjusted working day.
    expect(isDeskDay('2026-10-01', HOURS)).toBe(false);
    expect(isDeskDay('2026-10-10', HOURS)).toBe(true);
    expect(shiftAt(local('2026-10-01T10:00:00'), TZ, HOURS).kind).toBe('duty');
  });

  it('takes overrides from configuration', () => {
    expect(isDeskDay('2026-11-30', { ...HOURS, daysOff: ['2026-11-30'] })).toBe(false);
    expect(isDeskDay('2026-11-29', { ...HOURS, workdays: ['2026-11-29'] })).toBe(true);
  });

  it('covers every hour: the next shift starts when the current one ends', () => {
    let at = local('2026-09-25T00:00:00');
    for (let i = 0; i < 40; i++) {
      const [current, next] = currentAndNextShift(at, TZ, HOURS);
      expect(next.start).toBe(current.end);
      expect(next.kind).not.toBe(current.kind);
      at = new Date(current.end);
    }
  });
});
