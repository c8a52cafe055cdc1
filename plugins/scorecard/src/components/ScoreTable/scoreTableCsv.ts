import { ScoreLine, Scorecard } from '@internal/plugin-service-desk-common';
import { ScoreText } from '../../hooks/useScoreText';
import { CsvCell } from '../../lib/csv';
import { ItemRow } from './layout';
import { itemCount, scoreHeader, secondLevelOf, totalText } from './scoreText';

/** Deductions and additions as lines of text, for the CSV. */
function lineTexts(
  lines: ScoreLine[],
  text: ScoreText,
  sign: 'deduction' | 'addition',
) {
  return lines.map(line => {
    const labels = [
      ...line.evidence.map(e => e.label),
      ...(line.evidenceOmitted
        ? [
            text.t('evidence.omitted', {
              records: String(line.evidenceOmitted),
            }),
          ]
        : []),
    ].join(', ');
    const main = text.t(`scorecard.${sign}`, {
      points: text.points(line.points),
      reason: text.reason(line.reason),
    });
    return labels ? `${main} [${labels}]` : main;
  });
}

/** The items' rows, each with its group's 序号 and sub-indicator repeated (a CSV merges no cells). */
function itemLines(text: ScoreText, rows: ItemRow[], nameLines?: boolean) {
  const { t } = text;
  return rows.map(({ item, head }, i): CsvCell[] => {
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
    // Lines accepted appeals took back, as the table shows them: the deduction, then the points back.
    const adjusted = (item.adjustments ?? []).map(
      a =>
        `${t('scorecard.deduction', {
          points: text.points(a.points),
          reason: text.reason(a.reason),
        })} ${t('appeals.adjustment', {
          points: text.points(a.points),
          id: a.appealId,
        })}`,
    );
    const lines = [
      ...lineTexts(item.deductions, text, 'deduction'),
      ...(item.omitted?.deductions
        ? [
            t('scorecard.omitted', {
              lines: String(item.omitted.deductions),
              points: text.points(item.omitted.points),
            }),
          ]
        : []),
      ...adjusted,
      ...excluded,
      ...(item.omitted?.excluded
        ? [
            t('scorecard.omittedExcluded', {
              tickets: String(item.omitted.excluded),
            }),
          ]
        : []),
    ];
    const secondLevel = secondLevelOf(text, item, group.secondLevel);
    return [
      group.no,
      t('firstLevel.serviceQuality'),
      nameLines ? `${secondLevel} / ${text.item(item.id)}` : secondLevel,
      item.max,
      lines.length ? lines.join('\n') : t('scorecard.noDeduction'),
      item.score,
    ];
  });
}

/** Ops security, the bonus and the items' subtotal, numbered on after the items. */
function extraLines(text: ScoreText, card: Scorecard, rows: ItemRow[]) {
  const { t } = text;
  const out: CsvCell[][] = [];
  let no = itemCount(rows);
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
  return out;
}

/** The scorecard as the CSV export lists it, row for row with the table. */
export const scoreTableCsv = (
  text: ScoreText,
  card: Scorecard,
  rows: ItemRow[],
  nameLines?: boolean,
): CsvCell[][] => [
  scoreHeader(text),
  ...itemLines(text, rows, nameLines),
  ...extraLines(text, card, rows),
  [
    '',
    text.t('scorecard.total'),
    '',
    card.maximum,
    totalText(text, card),
    card.total,
  ],
];
