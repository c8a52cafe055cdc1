import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';

export interface TrendPoint {
  /** Short axis label ('11', 'Q4'). */
  tick: string;
  /** Full name for the tooltip ('2026-11'). */
  name: string;
  value?: number;
}

const WIDTH = 320;
const HEIGHT = 150;
const PAD = { left: 44, right: 10, top: 10, bottom: 22 };

/** The smallest 1/2/5 × 10ⁿ at or above a value, so the axis ends on a round number. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map(m => m * magnitude).find(v => v >= value)!;
}

/**
 * One measure across the periods of a year, as a small SVG line chart. Written by hand: the
 * portal ships no chart library, and four lines of twelve points do not need one. Periods
 * without data leave a gap in the line instead of dropping to zero.
 */
export function TrendChart(props: {
  title: string;
  points: TrendPoint[];
  format: (value: number) => string;
  /** The top of the axis; rates use 1 (100 %). */
  max?: number;
  target?: { value: number; label: string };
  noData: string;
  describe: (point: TrendPoint, value: string) => string;
}) {
  const theme = useTheme();
  const values = props.points.flatMap(p =>
    p.value === undefined ? [] : [p.value],
  );
  const top = props.max ?? niceCeiling(Math.max(0, ...values));
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const step = props.points.length > 1 ? innerW / (props.points.length - 1) : 0;
  const x = (i: number) =>
    PAD.left + (props.points.length > 1 ? i * step : innerW / 2);
  const y = (v: number) => PAD.top + innerH - (Math.min(v, top) / top) * innerH;

  // Consecutive defined points form one segment; an undefined one breaks the line.
  const segments: string[] = [];
  let current: string[] = [];
  props.points.forEach((p, i) => {
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

  const grid = [0, top / 2, top];
  const muted = theme.palette.text.secondary;
  return (
    <figure style={{ margin: 0 }}>
      <Typography component="figcaption" variant="subtitle2">
        {props.title}
      </Typography>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={props.title}
      >
        {grid.map(g => (
          <g key={g}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(g)}
              y2={y(g)}
              stroke={theme.palette.divider}
            />
            <text
              x={PAD.left - 4}
              y={y(g) + 3}
              fontSize={9}
              textAnchor="end"
              fill={muted}
            >
              {props.format(g)}
            </text>
          </g>
        ))}
        {/* The target's label sits below its line at the start of the year, away from the
            latest points, which are the ones read most. */}
        {props.target && (
          <g>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(props.target.value)}
              y2={y(props.target.value)}
              stroke={theme.palette.warning.main}
              strokeDasharray="4 3"
            />
            <text
              x={PAD.left + 4}
              y={y(props.target.value) + 10}
              fontSize={9}
              textAnchor="start"
              fill={muted}
            >
              {props.target.label}
            </text>
          </g>
        )}
        {segments.map(d => (
          <path
            key={d}
            d={d}
            fill="none"
            stroke={theme.palette.primary.main}
            strokeWidth={2}
          />
        ))}
        {props.points.map((p, i) => (
          <g key={p.name}>
            {p.value !== undefined && (
              <circle
                cx={x(i)}
                cy={y(p.value)}
                r={3}
                fill={theme.palette.primary.main}
                data-testid="trend-point"
              >
                <title>{props.describe(p, props.format(p.value))}</title>
              </circle>
            )}
            <text
              x={x(i)}
              y={HEIGHT - 6}
              fontSize={9}
              textAnchor="middle"
              fill={muted}
            >
              {p.tick}
            </text>
          </g>
        ))}
        {!values.length && (
          <text
            x={PAD.left + innerW / 2}
            y={PAD.top + innerH / 2}
            fontSize={11}
            textAnchor="middle"
            fill={muted}
          >
            {props.noData}
          </text>
        )}
      </svg>
    </figure>
  );
}
