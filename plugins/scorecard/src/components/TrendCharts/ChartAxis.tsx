import { useTheme } from '@material-ui/core/styles';
import { ChartScale, PAD, WIDTH } from './chartGeometry';

/** The horizontal grid lines at 0, half and the top, labelled on the left. */
export function ChartAxis(props: {
  scale: ChartScale;
  format: (value: number) => string;
}) {
  const theme = useTheme();
  const { y, top } = props.scale;
  return (
    <>
      {[0, top / 2, top].map(g => (
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
            fill={theme.palette.text.secondary}
          >
            {props.format(g)}
          </text>
        </g>
      ))}
    </>
  );
}

/**
 * The target as a dashed line. Its label sits below the line at the start of the year, away
 * from the latest points, which are the ones read most.
 */
export function TargetLine(props: {
  scale: ChartScale;
  target: { value: number; label: string };
}) {
  const theme = useTheme();
  const y = props.scale.y(props.target.value);
  return (
    <g>
      <line
        x1={PAD.left}
        x2={WIDTH - PAD.right}
        y1={y}
        y2={y}
        stroke={theme.palette.warning.main}
        strokeDasharray="4 3"
      />
      <text
        x={PAD.left + 4}
        y={y + 10}
        fontSize={9}
        textAnchor="start"
        fill={theme.palette.text.secondary}
      >
        {props.target.label}
      </text>
    </g>
  );
}
