import {
  ScoreItem,
  Scorecard,
  percentOf,
} from '@internal/plugin-service-desk-common';
import { ScoreText } from '../../hooks/useScoreText';
import { ItemRow } from './layout';

/** The column headers of the regulation's table. */
export const scoreHeader = ({ t }: ScoreText) => [
  t('scorecard.no'),
  t('scorecard.firstLevel'),
  t('scorecard.secondLevel'),
  t('scorecard.points'),
  t('scorecard.evaluation'),
  t('scorecard.score'),
];

/** The total out of the card's true maximum, with its percentage. */
export const totalText = (text: ScoreText, card: Scorecard) =>
  text.t('scorecard.totalOf', {
    score: text.points(card.total),
    max: text.points(card.maximum),
    percent: card.maximum ? percentOf(card.total, card.maximum) : '—',
  });

/** A sub-indicator's name: the shared one of a merged group, else the item's own. */
export const secondLevelOf = (text: ScoreText, item: ScoreItem, key?: string) =>
  key ? text.t(`secondLevel.${key as 'emergency'}`) : text.item(item.id);

/** The 序号 of the rows below the items (ops security, bonus): numbered on after the items. */
export const itemCount = (rows: ItemRow[]) => rows.filter(r => r.head).length;
