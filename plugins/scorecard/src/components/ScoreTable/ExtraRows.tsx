import { Scorecard } from '@internal/plugin-service-desk-common';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useScoreText } from '../../hooks/useScoreText';
import { Adjustments } from '../Appeals';
import { ScoreLines } from './ScoreLines';
import { totalText } from './scoreText';
import { useScoreTableStyles } from './styles';

/** Customer service's ops-security deductions, below its items. */
export function OpsSecurityRow(props: {
  no: number;
  opsSecurity: NonNullable<Scorecard['opsSecurity']>;
}) {
  const classes = useScoreTableStyles();
  const text = useScoreText();
  const { t } = text;
  const { deducted } = props.opsSecurity;
  return (
    <TableRow data-testid="item-opsSecurity">
      <TableCell>{props.no}</TableCell>
      <TableCell>{t('firstLevel.opsSecurity')}</TableCell>
      <TableCell>{t('secondLevel.deductions')}</TableCell>
      <TableCell align="right">{t('scorecard.noPoints')}</TableCell>
      <TableCell>
        <div className={classes.lines}>
          <ScoreLines lines={props.opsSecurity.deductions} sign="deduction" />
          <Adjustments adjustments={props.opsSecurity.adjustments} />
        </div>
      </TableCell>
      <TableCell align="right" className={classes.score}>
        {deducted ? `−${text.points(deducted)}` : '0'}
      </TableCell>
    </TableRow>
  );
}

/** Customer service's bonus, up to its cap, then the items' subtotal before it. */
export function BonusRows(props: { no: number; card: Scorecard }) {
  const classes = useScoreTableStyles();
  const text = useScoreText();
  const { t } = text;
  const { card } = props;
  const bonus = card.bonus!;
  return (
    <>
      <TableRow data-testid="item-bonus">
        <TableCell>{props.no}</TableCell>
        <TableCell>{t('firstLevel.bonus')}</TableCell>
        <TableCell>{t('secondLevel.additions')}</TableCell>
        <TableCell align="right">
          {t('scorecard.noPoints')}
          <Typography
            variant="caption"
            color="textSecondary"
            component="div"
            style={{ whiteSpace: 'nowrap' }}
          >
            {t('scorecard.bonusCap', { max: text.points(bonus.max) })}
          </Typography>
        </TableCell>
        <TableCell>
          <div className={classes.lines}>
            <ScoreLines lines={bonus.additions} sign="addition" />
          </div>
        </TableCell>
        <TableCell align="right" className={classes.score}>
          {bonus.score ? `+${text.points(bonus.score)}` : '0'}
        </TableCell>
      </TableRow>
      <TableRow>
        <TableCell colSpan={3}>{t('scorecard.itemsTotal')}</TableCell>
        <TableCell align="right">{text.points(card.maximum)}</TableCell>
        <TableCell />
        <TableCell align="right">{text.points(card.itemsScore)}</TableCell>
      </TableRow>
    </>
  );
}

/** The total, out of the card's true maximum (70 for customer service, never scaled to 100). */
export function TotalRow(props: { card: Scorecard; testId: string }) {
  const classes = useScoreTableStyles();
  const text = useScoreText();
  const { t } = text;
  const { card } = props;
  return (
    <TableRow className={classes.total} data-testid={`${props.testId}-total`}>
      <TableCell colSpan={3}>
        <strong>{t('scorecard.total')}</strong>
      </TableCell>
      <TableCell align="right">{text.points(card.maximum)}</TableCell>
      <TableCell>
        {card.maximum !== 100 && (
          <Typography variant="caption" color="textSecondary">
            {t('scorecard.trueMaximum', { max: text.points(card.maximum) })}
          </Typography>
        )}
      </TableCell>
      <TableCell
        align="right"
        className={classes.score}
        style={{ whiteSpace: 'nowrap' }}
      >
        {totalText(text, card)}
      </TableCell>
    </TableRow>
  );
}
