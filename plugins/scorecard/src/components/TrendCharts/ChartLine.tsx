import { useTheme } from '@material-ui/core/styles';
import { ChartScale, HEIGHT, lineSegments } from './chartGeometry';
import { TrendPoint } from './TrendPoint';

/** The line through the points, a dot with a tooltip on each defined one, and the period ticks. */
export function ChartLine(props: {
  points: TrendPoint[];
  scale: ChartScale;
  format: (value: number) => string;
  describe: (point: TrendPoint, value: string) => string;
}) {
  const theme = useTheme();
  const { x, y } = props.scale;
  return (
    <>
      {lineSegments(props.points, props.scale).map(d => (
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
            fill={theme.palette.text.secondary}
          >
            {p.tick}
          </text>
        </g>
      ))}
    </>
  );
}
