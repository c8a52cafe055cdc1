/** The unit words of a duration in the reader's language ('d', 'h', 'min' / '天', '小时', '分'). */
export interface DurationUnits {
  day: string;
  hour: string;
  minute: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface DurationOptions {
  /** A live clock: under an hour as m:ss, so the seconds of a 15-minute limit count visibly. */
  clock?: boolean;
}

/**
 * A length of time people read at a glance, in its two largest units and cut (never rounded up,
 * so an overdue clock never runs ahead): '18 d 14 h', '3 h 05 min', '12 min'. The sign is dropped;
 * the caller says "left" or "overdue".
 */
export function durationText(
  ms: number,
  units: DurationUnits,
  options: DurationOptions = {},
): string {
  const abs = Math.abs(ms);
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  const minutes = Math.floor((abs % HOUR) / MINUTE);
  if (days > 0) return `${days} ${units.day} ${hours} ${units.hour}`;
  if (hours > 0) {
    return `${hours} ${units.hour} ${String(minutes).padStart(2, '0')} ${
      units.minute
    }`;
  }
  if (options.clock) {
    const seconds = Math.floor((abs % MINUTE) / 1000);
    return `${minutes}:${String(seconds).padStart(2, '0')}`;
  }
  return `${minutes} ${units.minute}`;
}
