import { Link } from '@backstage/core-components';
import {
  MeasureRow,
  ScoreItem,
  ScoreLine,
  Scorecard,
} from '@internal/plugin-service-desk-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { Fragment } from 'react';
import { ScoreText, useScoreText } from '../../hooks/useScoreText';
import { CsvCell } from '../../lib/csv';
import { percentValue } from '../../lib/format';
import { ticketPath } from '../../lib/links';
import { EvidenceButton } from '../EvidenceButton';
import { Section } from '../Section';
import { TargetStatusLabel } from '../TargetStatusLabel';
import { TARGET_MEASURE, itemRows } from './layout';

const useStyles = makeStyles(theme => ({
  table: {
    '& th, & td': {
      border: `1px solid ${theme.palette.divider}`,
      verticalAlign: 'top',
    },
  },
  lines: { display: 'flex', flexDirection: 'column', gap: theme.spacing(0.5) },
  score: {
    fontWeight: theme.typography.fontWeightBold as number,
    fontSize: '1.1rem',
  },
  total: { backgroundColor: theme.palette.background.default },
  escalation: { margin: theme.spacing(2) },
}));

/** Deductions and additions as lines of text, for the CSV. */
function lineTexts(
  lines: ScoreLine[],
  text: ScoreText,
  sign: 'deduction' | 'addition',
) {
  return lines.map(line => {
    const labels = line.evidence.map(e => e.label).join(', ');
    const main = text.t(`scorecard.${sign}`, {
      points: text.points(line.points),
      reason: text.reason(line.reason),
    });
    return labels ? `${main} [${labels}]` : main;
  });
}

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
  const classes = useStyles();
  const text = useScoreText();
  const { t } = text;
  const { card } = props;
  const rows = itemRows(card.items);
  const totalText = t('scorecard.totalOf', {
    score: text.points(card.total),
    max: text.points(card.maximum),
    percent: percentValue(card.percentage / 100),
  });
  const secondLevelOf = (item: ScoreItem, key?: string) =>
    key ? t(`secondLevel.${key as 'emergency'}`) : text.item(item.id);
  const targetOf = (item: ScoreItem) =>
    props.serviceLevels.find(r => r.id === TARGET_MEASURE[item.id]);

  /** Each line opening its evidence, or "no deduction" when there is none. */
  const deductionLines = (lines: ScoreLine[], sign: 'deduction' | 'addition') =>
    lines.length ? (
      lines.map((line, i) => {
        const reason = text.reason(line.reason);
        return (
          <EvidenceButton key={i} what={reason} evidence={line.evidence}>
            {t(`scorecard.${sign}`, {
              points: text.points(line.points),
              reason,
            })}
          </EvidenceButton>
        );
      })
    ) : (
      <Typography variant="body2">{t('scorecard.noDeduction')}</Typography>
    );

  const evaluation = (item: ScoreItem) => {
    const target = targetOf(item);
    return (
      <div className={classes.lines}>
        {(props.nameLines || target || item.status) && (
          <Typography variant="caption" color="textSecondary" component="div">
            {props.nameLines && <strong>{text.item(item.id)} </strong>}
            {target &&
              t('scorecard.target', { target: text.target(target.target) })}
            {item.status && (
              <span style={{ marginLeft: 8 }}>
                <TargetStatusLabel status={item.status} />
              </span>
            )}
          </Typography>
        )}
        {deductionLines(item.deductions, 'deduction')}
        {item.excluded.map(x => (
          <Typography
            key={`${x.evidence.type}:${x.evidence.id}`}
            variant="caption"
            color="textSecondary"
            data-testid="excluded"
          >
            {t('scorecard.excluded', {
              ticket:
                x.evidence.type === 'ticket' ? (
                  <Link to={ticketPath(x.evidence.id)}>{x.evidence.label}</Link>
                ) : (
                  <>{x.evidence.label}</>
                ),
              item: text.item(x.countedIn),
            })}
          </Typography>
        ))}
      </div>
    );
  };

  const header = [
    t('scorecard.no'),
    t('scorecard.firstLevel'),
    t('scorecard.secondLevel'),
    t('scorecard.points'),
    t('scorecard.evaluation'),
    t('scorecard.score'),
  ];
  const csv = (): CsvCell[][] => {
    const out: CsvCell[][] = [header];
    rows.forEach(({ item, head }, i) => {
      const group =
        head ??
        rows
          .slice(0, i)
          .reverse()
          .find(r => r.head)!.head!;
      const excluded = item.excluded.map(x =>
        t('scorecard.excluded', {
          ticket: x.evidence.label,
          item: text.item(x.countedIn),
        }),
      );
      const lines = [
        ...lineTexts(item.deductions, text, 'deduction'),
        ...excluded,
      ];
      out.push([
        group.no,
        t('firstLevel.serviceQuality'),
        props.nameLines
          ? `${secondLevelOf(item, group.secondLevel)} / ${text.item(item.id)}`
          : secondLevelOf(item, group.secondLevel),
        item.max,
        lines.length ? lines.join('\n') : t('scorecard.noDeduction'),
        item.score,
      ]);
    });
    let no = rows.filter(r => r.head).length;
    if (card.opsSecurity) {
      out.push([
        ++no,
        t('firstLevel.opsSecurity'),
        t('secondLevel.deductions'),
        t('scorecard.noPoints'),
        lineTexts(card.opsSecurity.deductions, text, 'deduction').join('\n') ||
          t('scorecard.noDeduction'),
        -card.opsSecurity.deducted,
      ]);
    }
    if (card.bonus) {
      out.push([
        ++no,
        t('firstLevel.bonus'),
        t('secondLevel.additions'),
        t('scorecard.noPoints'),
        lineTexts(card.bonus.additions, text, 'addition').join('\n'),
        card.bonus.score,
      ]);
      out.push([
        '',
        t('scorecard.itemsTotal'),
        '',
        card.maximum,
        '',
        card.itemsScore,
      ]);
    }
    out.push([
      '',
      t('scorecard.total'),
      '',
      card.maximum,
      totalText,
      card.total,
    ]);
    return out;
  };

  let extraNo = rows.filter(r => r.head).length;
  return (
    <Section
      title={props.title}
      subheader={t('scorecard.noDoubleDeduction')}
      csv={{ filename: props.filename, rows: csv }}
    >
      {card.escalations.map((e, i) => (
        <Alert
          key={i}
          severity="warning"
          className={classes.escalation}
          data-testid="escalation"
        >
          {t('scorecard.escalation')}{' '}
          <EvidenceButton
            what={t('scorecard.escalation')}
            evidence={e.evidence}
          />
        </Alert>
      ))}
      <Table size="small" className={classes.table} data-testid={props.testId}>
        <TableHead>
          <TableRow>
            {header.map(h => (
              <TableCell key={h} style={{ whiteSpace: 'nowrap' }}>
                {h}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(({ item, head }, i) => (
            <TableRow key={item.id} data-testid={`item-${item.id}`}>
              {head && <TableCell rowSpan={head.span}>{head.no}</TableCell>}
              {i === 0 && (
                <TableCell rowSpan={rows.length}>
                  {t('firstLevel.serviceQuality')}
                </TableCell>
              )}
              {head && (
                <TableCell rowSpan={head.span}>
                  {secondLevelOf(item, head.secondLevel)}
                </TableCell>
              )}
              <TableCell align="right">{text.points(item.max)}</TableCell>
              <TableCell>{evaluation(item)}</TableCell>
              <TableCell align="right" className={classes.score}>
                {text.points(item.score)}
              </TableCell>
            </TableRow>
          ))}
          {card.opsSecurity && (
            <TableRow data-testid="item-opsSecurity">
              <TableCell>{++extraNo}</TableCell>
              <TableCell>{t('firstLevel.opsSecurity')}</TableCell>
              <TableCell>{t('secondLevel.deductions')}</TableCell>
              <TableCell align="right">{t('scorecard.noPoints')}</TableCell>
              <TableCell>
                <div className={classes.lines}>
                  {deductionLines(card.opsSecurity.deductions, 'deduction')}
                </div>
              </TableCell>
              <TableCell align="right" className={classes.score}>
                {card.opsSecurity.deducted
                  ? `−${text.points(card.opsSecurity.deducted)}`
                  : '0'}
              </TableCell>
            </TableRow>
          )}
          {card.bonus && (
            <Fragment>
              <TableRow data-testid="item-bonus">
                <TableCell>{++extraNo}</TableCell>
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
                    {t('scorecard.bonusCap', {
                      max: text.points(card.bonus.max),
                    })}
                  </Typography>
                </TableCell>
                <TableCell>
                  <div className={classes.lines}>
                    {deductionLines(card.bonus.additions, 'addition')}
                  </div>
                </TableCell>
                <TableCell align="right" className={classes.score}>
                  {card.bonus.score ? `+${text.points(card.bonus.score)}` : '0'}
                </TableCell>
              </TableRow>
              <TableRow>
                <TableCell colSpan={3}>{t('scorecard.itemsTotal')}</TableCell>
                <TableCell align="right">{text.points(card.maximum)}</TableCell>
                <TableCell />
                <TableCell align="right">
                  {text.points(card.itemsScore)}
                </TableCell>
              </TableRow>
            </Fragment>
          )}
          <TableRow
            className={classes.total}
            data-testid={`${props.testId}-total`}
          >
            <TableCell colSpan={3}>
              <strong>{t('scorecard.total')}</strong>
            </TableCell>
            <TableCell align="right">{text.points(card.maximum)}</TableCell>
            <TableCell>
              {card.maximum !== 100 && (
                <Typography variant="caption" color="textSecondary">
                  {t('scorecard.trueMaximum', {
                    max: text.points(card.maximum),
                  })}
                </Typography>
              )}
            </TableCell>
            <TableCell
              align="right"
              className={classes.score}
              style={{ whiteSpace: 'nowrap' }}
            >
              {totalText}
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </Section>
  );
}
