import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { ChartAxis, TargetLine } from './ChartAxis';
import { ChartLine } from './ChartLine';
import {
  HEIGHT,
  INNER_H,
  INNER_W,
  PAD,
  WIDTH,
  chartScale,
} from './chartGeometry';
import { TrendPoint } from './TrendPoint';

export type { TrendPoint } from './TrendPoint';

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
  const scale = chartScale(props.points, props.max);
  const hasData = props.points.some(p => p.value !== undefined);
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
        <ChartAxis scale={scale} format={props.format} />
        {props.target && <TargetLine scale={scale} target={props.target} />}
        <ChartLine
          points={props.points}
          scale={scale}
          format={props.format}
          describe={props.describe}
        />
        {!hasData && (
          <text
            x={PAD.left + INNER_W / 2}
            y={PAD.top + INNER_H / 2}
            fontSize={11}
            textAnchor="middle"
            fill={theme.palette.text.secondary}
          >
            {props.noData}
          </text>
        )}
      </svg>
    </figure>
  );
}
