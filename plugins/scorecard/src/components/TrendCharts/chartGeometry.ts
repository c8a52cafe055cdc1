import { TrendPoint } from './TrendPoint';

export const WIDTH = 320;
export const HEIGHT = 150;
export const PAD = { left: 44, right: 10, top: 10, bottom: 22 };
export const INNER_W = WIDTH - PAD.left - PAD.right;
export const INNER_H = HEIGHT - PAD.top - PAD.bottom;

/** The smallest 1/2/5 × 10ⁿ at or above a value, so the axis ends on a round number. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map(m => m * magnitude).find(v => v >= value)!;
}

/** Where a chart's points go: x by their index, y by their value up to the axis' top. */
export interface ChartScale {
  x: (i: number) => number;
  y: (v: number) => number;
  /** The top of the axis. */
  top: number;
}

export function chartScale(points: TrendPoint[], max?: number): ChartScale {
  const values = points.flatMap(p => (p.value === undefined ? [] : [p.value]));
  const top = max ?? niceCeiling(Math.max(0, ...values));
  const step = points.length > 1 ? INNER_W / (points.length - 1) : 0;
  return {
    x: i => PAD.left + (points.length > 1 ? i * step : INNER_W / 2),
    y: v => PAD.top + INNER_H - (Math.min(v, top) / top) * INNER_H,
    top,
  };
}

/** The line's SVG paths: consecutive defined points form one; an undefined one breaks the line. */
export function lineSegments(
  points: TrendPoint[],
  { x, y }: ChartScale,
): string[] {
  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((p, i) => {
    if (p.value === undefined) {
      if (current.length) segments.push(current.join(' '));
      current = [];
    } else {
      current.push(
        `${current.length ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(
          1,
        )}`,
      );
    }
  });
  if (current.length) segments.push(current.join(' '));
  return segments;
}
