import {
  ScoreItem,
  Scorecard,
  percentOf,
} from '@internal/plugin-service-desk-common';
import { FormText } from './formText';
import { FormCell } from './sheetStyle';

/** The regulation's columns: 序号, 一级指标, 二级指标, 指标分值, 评价选项, 评价得分. */
export const scoreHeader = ({ t }: FormText) => [
  t('scorecard.no'),
  t('scorecard.firstLevel'),
  t('scorecard.secondLevel'),
  t('scorecard.points'),
  t('scorecard.evaluation'),
  t('scorecard.score'),
];

/**
 * An item's 评价选项: each deduction in words with its tickets, the tickets another item counts,
 * and the deductions accepted appeals took back, each naming its appeal.
 */
function evaluation(text: FormText, item: ScoreItem): string {
  const lines = [
    ...item.deductions.map(line => text.line('deduction', line)),
    ...item.excluded.map(x =>
      text.t('scorecard.excluded', {
        ticket: x.evidence.label,
        item: text.t(`items.${x.countedIn}`),
      }),
    ),
  ];
  return [
    lines.length ? lines.join('\n') : text.t('scorecard.noDeduction'),
    ...(item.adjustments ?? []).map(text.adjustment),
  ].join('\n');
}

/** The total out of the card's true maximum, with its percentage, as the screen writes it. */
export const totalText = (text: FormText, card: Scorecard) =>
  text.t('scorecard.totalOf', {
    score: text.points(card.total),
    max: text.points(card.maximum),
    percent: card.maximum ? percentOf(card.total, card.maximum) : '—',
  });

/**
 * A scorecard as the rows of the regulation's table: its items, then (customer service) ops
 * security and the bonus numbered on, the items' subtotal, and the total.
 */
export function scoreRows(text: FormText, card: Scorecard): FormCell[][] {
  const { t } = text;
  const rows: FormCell[][] = card.items.map((item, i) => [
    i + 1,
    t('firstLevel.serviceQuality'),
    t(`items.${item.id}`),
    item.max,
    evaluation(text, item),
    item.score,
  ]);
  let no = card.items.length;
  if (card.opsSecurity) {
    const { deductions, deducted, adjustments = [] } = card.opsSecurity;
    rows.push([
      ++no,
      t('firstLevel.opsSecurity'),
      t('secondLevel.deductions'),
      t('scorecard.noPoints'),
      [
        deductions.length
          ? deductions.map(line => text.line('deduction', line)).join('\n')
          : t('scorecard.noDeduction'),
        ...adjustments.map(text.adjustment),
      ].join('\n'),
      deducted ? -deducted : 0,
    ]);
  }
  if (card.bonus) {
    const { additions, max, score } = card.bonus;
    rows.push([
      ++no,
      t('firstLevel.bonus'),
      t('secondLevel.additions'),
      t('scorecard.bonusCap', { max: text.points(max) }),
      additions.map(line => text.line('addition', line)).join('\n') ||
        t('scorecard.noPoints'),
      score,
    ]);
    rows.push([
      '',
      t('scorecard.itemsTotal'),
      '',
      card.maximum,
      '',
      card.itemsScore,
    ]);
  }
  rows.push([
    '',
    t('scorecard.total'),
    '',
    card.maximum,
    [
      totalText(text, card),
      ...(card.maximum !== 100
        ? [t('scorecard.trueMaximum', { max: text.points(card.maximum) })]
        : []),
    ].join('\n'),
    card.total,
  ]);
  return rows;
}
