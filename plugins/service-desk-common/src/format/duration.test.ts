import { durationText } from './duration';

const en = { day: 'd', hour: 'h', minute: 'min' };
const zh = { day: '天', hour: '小时', minute: '分' };
const s = 1000;
const min = 60 * s;
const h = 60 * min;
const d = 24 * h;

describe('durationText', () => {
  it.each([
    // 446:51:58 overdue, as the issue saw it: 18 d 14 h (51 min dropped, never rounded up).
    [446 * h + 51 * min + 58 * s, '18 d 14 h', '18 天 14 小时'],
    [d, '1 d 0 h', '1 天 0 小时'],
    [3 * h + 5 * min + 59 * s, '3 h 05 min', '3 小时 05 分'],
    [h, '1 h 00 min', '1 小时 00 分'],
    [12 * min + 30 * s, '12 min', '12 分'],
    [59 * s, '0 min', '0 分'],
  ])('shows %p ms as %p / %p', (ms, english, chinese) => {
    expect(durationText(ms, en)).toBe(english);
    expect(durationText(ms, zh)).toBe(chinese);
  });

  it('drops the sign: the caller says left or overdue', () =>
    expect(durationText(-(2 * d + 3 * h), en)).toBe('2 d 3 h'));

  it('keeps m:ss under an hour on a live clock', () => {
    expect(durationText(-(14 * min + 7 * s), en, { clock: true })).toBe(
      '14:07',
    );
    expect(durationText(59 * min + 59 * s, zh, { clock: true })).toBe('59:59');
    expect(durationText(2 * h + 7 * min, zh, { clock: true })).toBe(
      '2 小时 07 分',
    );
  });
});
