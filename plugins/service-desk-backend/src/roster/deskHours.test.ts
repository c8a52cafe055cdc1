import {
  DeskHours,
  calendarGaps,
  currentAndNextSlot,
  isDeskDay,
  slotAt,
  slotOf,
  slotsBetween,
} from './deskHours';

const HOURS: DeskHours = {
  summer: { from: '05-01', to: '09-30', start: '08:00', end: '17:30' },
  winter: { start: '08:00', end: '18:00' },
};
const TZ = 'Asia/Shanghai';
// Shanghai is UTC+8: 08:00 local is 00:00Z.
const local = (iso: string) => new Date(`${iso}+08:00`);

describe('duty roster hours (§8.6)', () => {
  it.each<[string, string, string, string, string]>([
    [
      'a summer Wednesday afternoon',
      '2026-07-15T17:00:00',
      '2026-07-15',
      'desk',
      '2026-07-15T09:30:00.000Z',
    ],
    [
      'the same day after 17:30 in summer',
      '2026-07-15T17:45:00',
      '2026-07-15',
      'duty',
      '2026-07-16T00:00:00.000Z',
    ],
    [
      'a winter Monday at 17:45 (desk until 18:00)',
      '2026-11-30T17:45:00',
      '2026-11-30',
      'desk',
      '2026-11-30T10:00:00.000Z',
    ],
    [
      'a Saturday: one duty slot from 08:00 to Sunday 08:00',
      '2026-11-28T11:00:00',
      '2026-11-28',
      'duty',
      '2026-11-29T00:00:00.000Z',
    ],
    [
      'Monday before 08:00 belongs to Sunday',
      '2026-11-30T07:59:00',
      '2026-11-29',
      'duty',
      '2026-11-30T00:00:00.000Z',
    ],
  ])('%s', (_name, instant, date, kind, end) => {
    const slot = slotAt(local(instant), TZ, HOURS);
    expect({ date: slot.date, kind: slot.kind, end: slot.end }).toEqual({
      date,
      kind,
      end,
    });
  });

  it('follows statutory holidays and adjusted working days (调休)', () => {
    // 2026-10-01 National Day is a holiday; 2026-10-10 (a Saturday) is an adjusted working day.
    expect(isDeskDay('2026-10-01', HOURS)).toBe(false);
    expect(isDeskDay('2026-10-10', HOURS)).toBe(true);
    expect(slotAt(local('2026-10-01T10:00:00'), TZ, HOURS).kind).toBe('duty');
    expect(
      slotOf({ date: '2026-10-01', kind: 'desk' }, TZ, HOURS),
    ).toBeUndefined();
    expect(slotOf({ date: '2026-10-10', kind: 'desk' }, TZ, HOURS)).toEqual({
      date: '2026-10-10',
      kind: 'desk',
      start: '2026-10-10T00:00:00.000Z',
      end: '2026-10-10T10:00:00.000Z',
    });
  });

  it('takes overrides from configuration', () => {
    expect(isDeskDay('2026-11-30', { ...HOURS, daysOff: ['2026-11-30'] })).toBe(
      false,
    );
    expect(
      isDeskDay('2026-11-29', { ...HOURS, workdays: ['2026-11-29'] }),
    ).toBe(true);
  });

  it('puts the holidays entered before the calendar, and extends it to years it lacks', () => {
    const hours: DeskHours = {
      ...HOURS,
      holidays: [
        // 2026-10-07 is a 国庆 holiday in the calendar; entered as a working day, it opens.
        { date: '2026-10-07', kind: 'workday' },
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      ],
    };
    expect(isDeskDay('2026-10-07', HOURS)).toBe(false);
    expect(isDeskDay('2026-10-07', hours)).toBe(true);
    // A Friday: the calendar, knowing nothing of 2027, would open the desk.
    expect(isDeskDay('2027-01-01', HOURS)).toBe(true);
    expect(isDeskDay('2027-01-01', hours)).toBe(false);
  });

  it('flags the dates of a year the calendar does not know, unless its holidays were entered', () => {
    expect(calendarGaps('2026-12-28', '2027-01-31', HOURS)).toEqual([
      { from: '2027-01-01', to: '2027-01-31' },
    ]);
    expect(calendarGaps('2026-01-01', '2026-12-31', HOURS)).toEqual([]);
    expect(
      calendarGaps('2026-12-28', '2028-01-02', {
        ...HOURS,
        holidays: [{ date: '2027-01-01', kind: 'holiday' }],
      }),
    ).toEqual([{ from: '2028-01-01', to: '2028-01-02' }]);
  });

  it('lists a week as desk and duty slots: five working days, two days of duty only', () => {
    const week = slotsBetween('2026-11-30', '2026-12-06', TZ, HOURS);
    expect(week.filter(s => s.kind === 'desk').map(s => s.date)).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
    ]);
    expect(week.filter(s => s.kind === 'duty')).toHaveLength(7);
  });

  it('covers every hour: each slot starts when the one before it ends', () => {
    const slots = slotsBetween('2026-09-25', '2026-10-12', TZ, HOURS);
    for (let i = 1; i < slots.length; i++)
      expect(slots[i].start).toBe(slots[i - 1].end);
    let instant = local('2026-09-25T00:00:00');
    for (let i = 0; i < 30; i++) {
      const [current, next] = currentAndNextSlot(instant, TZ, HOURS);
      expect(next.start).toBe(current.end);
      instant = new Date(current.end);
    }
  });
});
