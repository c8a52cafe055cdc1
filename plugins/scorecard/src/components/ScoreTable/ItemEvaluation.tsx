import { Link } from '@backstage/core-components';
import { MeasureRow, ScoreItem } from '@internal/plugin-service-desk-common';
import Typography from '@material-ui/core/Typography';
import { useScoreText } from '../../hooks/useScoreText';
import { ticketPath } from '../../lib/links';
import { Adjustments } from '../Appeals';
import { TargetStatusLabel } from '../TargetStatusLabel';
import { OmittedLines } from './OmittedLines';
import { ScoreLines } from './ScoreLines';
import { useScoreTableStyles } from './styles';

/** A ticket left out of this item because another item counts it. */
function ExcludedNote({
  excluded: x,
}: {
  excluded: ScoreItem['excluded'][number];
}) {
  const text = useScoreText();
  return (
    <Typography variant="caption" color="textSecondary" data-testid="excluded">
      {text.t('scorecard.excluded', {
        ticket:
          x.evidence.type === 'ticket' ? (
            <Link to={ticketPath(x.evidence.id)}>{x.evidence.label}</Link>
          ) : (
            <>{x.evidence.label}</>
          ),
        item: text.item(x.countedIn),
      })}
    </Typography>
  );
}

/**
 * The 评价选项 cell: the line's name, target and status, then its deductions, those taken back on
 * appeal, and its exclusions.
 */
export function ItemEvaluation(props: {
  item: ScoreItem;
  /** The §7.1 measure the item is scored against, if any. */
  target?: MeasureRow;
  nameLines?: boolean;
}) {
  const classes = useScoreTableStyles();
  const text = useScoreText();
  const { item, target } = props;
  return (
    <div className={classes.lines}>
      {(props.nameLines || target || item.status) && (
        <Typography variant="caption" color="textSecondary" component="div">
          {props.nameLines && <strong>{text.item(item.id)} </strong>}
          {target &&
            text.t('scorecard.target', { target: text.target(target.target) })}
          {item.status && (
            <span style={{ marginLeft: 8 }}>
              <TargetStatusLabel status={item.status} />
            </span>
          )}
        </Typography>
      )}
      <ScoreLines lines={item.deductions} sign="deduction" />
      <OmittedLines item={item} />
      <Adjustments adjustments={item.adjustments} />
      {item.excluded.map(x => (
        <ExcludedNote
          key={`${x.evidence.type}:${x.evidence.id}`}
          excluded={x}
        />
      ))}
    </div>
  );
}
