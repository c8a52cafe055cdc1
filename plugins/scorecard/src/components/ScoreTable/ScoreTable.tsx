import { MeasureRow, Scorecard } from '@internal/plugin-service-desk-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { useScoreText } from '../../hooks/useScoreText';
import { Section } from '../Section';
import { Escalations } from './Escalations';
import { BonusRows, OpsSecurityRow, TotalRow } from './ExtraRows';
import { ItemRows } from './ItemRows';
import { itemRows } from './layout';
import { itemCount, scoreHeader } from './scoreText';
import { scoreTableCsv } from './scoreTableCsv';
import { useScoreTableStyles } from './styles';

/**
 * One of the regulation's scorecards, laid out as its table (序号, 一级指标, 二级指标, 指标分值,
 * 评价选项, 评价得分). Each deduction opens what is behind it; tickets left out of an item because
 * another item counts them are shown where they were left out. Customer service adds the ops
 * security deductions and the bonus below its items, and its total is out of the items' true
 * maximum (70), never scaled to 100.
 */
export function ScoreTable(props: {
  title: string;
  card: Scorecard;
  serviceLevels: MeasureRow[];
  /** The operational table names each scored line, since two share a sub-indicator. */
  nameLines?: boolean;
  filename: string;
  testId: string;
}) {
  const classes = useScoreTableStyles();
  const text = useScoreText();
  const { card } = props;
  const rows = itemRows(card.items);
  const items = itemCount(rows);
  const csv = () => scoreTableCsv(text, card, rows, props.nameLines);

  return (
    <Section
      title={props.title}
      subheader={text.t('scorecard.noDoubleDeduction')}
      csv={{ filename: props.filename, rows: csv }}
    >
      <Escalations escalations={card.escalations} />
      <Table size="small" className={classes.table} data-testid={props.testId}>
        <TableHead>
          <TableRow>
            {scoreHeader(text).map(h => (
              <TableCell key={h} style={{ whiteSpace: 'nowrap' }}>
                {h}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          <ItemRows
            rows={rows}
            serviceLevels={props.serviceLevels}
            nameLines={props.nameLines}
          />
          {card.opsSecurity && (
            <OpsSecurityRow no={items + 1} opsSecurity={card.opsSecurity} />
          )}
          {card.bonus && (
            <BonusRows no={items + (card.opsSecurity ? 2 : 1)} card={card} />
          )}
          <TotalRow card={card} testId={props.testId} />
        </TableBody>
      </Table>
    </Section>
  );
}
