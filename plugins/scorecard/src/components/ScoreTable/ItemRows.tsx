import { MeasureRow } from '@internal/plugin-service-desk-common';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import { useScoreText } from '../../hooks/useScoreText';
import { ItemEvaluation } from './ItemEvaluation';
import { ItemRow, TARGET_MEASURE } from './layout';
import { secondLevelOf } from './scoreText';
import { useScoreTableStyles } from './styles';

/** The items' rows, 序号 and 二级指标 merged over a sub-indicator's lines, 一级指标 over all. */
export function ItemRows(props: {
  rows: ItemRow[];
  serviceLevels: MeasureRow[];
  nameLines?: boolean;
}) {
  const classes = useScoreTableStyles();
  const text = useScoreText();
  const { rows } = props;
  return (
    <>
      {rows.map(({ item, head }, i) => (
        <TableRow key={item.id} data-testid={`item-${item.id}`}>
          {head && <TableCell rowSpan={head.span}>{head.no}</TableCell>}
          {i === 0 && (
            <TableCell rowSpan={rows.length}>
              {text.t('firstLevel.serviceQuality')}
            </TableCell>
          )}
          {head && (
            <TableCell rowSpan={head.span}>
              {secondLevelOf(text, item, head.secondLevel)}
            </TableCell>
          )}
          <TableCell align="right">{text.points(item.max)}</TableCell>
          <TableCell>
            <ItemEvaluation
              item={item}
              target={props.serviceLevels.find(
                r => r.id === TARGET_MEASURE[item.id],
              )}
              nameLines={props.nameLines}
            />
          </TableCell>
          <TableCell align="right" className={classes.score}>
            {text.points(item.score)}
          </TableCell>
        </TableRow>
      ))}
    </>
  );
}
