import { ScoreItem, ScoreItemId } from '@internal/plugin-service-desk-common';

/**
 * Sub-indicators (二级指标) of the regulation's operational table (§7.3 评分标准) that hold more
 * than one scored line: "突发事件" holds both the response and the close time, under one number.
 * Items not listed are their own sub-indicator, as in the customer-service table (§7.4).
 */
export const SECOND_LEVEL = {
  emergencyResponse: 'emergency',
  emergencyClose: 'emergency',
  permitFailures: 'permit',
  reportFailures: 'report',
  eventResponseFailures: 'eventResponse',
} as const satisfies Partial<Record<ScoreItemId, string>>;
export type SecondLevelKey = (typeof SECOND_LEVEL)[keyof typeof SECOND_LEVEL];

/** The §7.1 measure whose target an item is scored against, to show beside it. */
export const TARGET_MEASURE: Partial<Record<ScoreItemId, string>> = {
  emergencyResponse: 'emergencyResponse',
  emergencyClose: 'emergencyClose',
  permitFailures: 'permitFailures',
  reportFailures: 'reportFailures',
  eventResponseFailures: 'eventResponseFailures',
  answerRate: 'phoneAnswerRate',
  resolutionRate: 'timelyProcessingRate',
};

export interface ItemRow {
  item: ScoreItem;
  /** 序号 and 二级指标 cells, on the first row of a sub-indicator, spanning its rows. */
  head?: { no: number; span: number; secondLevel?: SecondLevelKey };
}

/** The items as rows of the regulation's table, merged under their sub-indicators. */
export function itemRows(items: ScoreItem[]): ItemRow[] {
  const rows: ItemRow[] = [];
  let head: ItemRow['head'];
  items.forEach((item, i) => {
    const group = SECOND_LEVEL[item.id as keyof typeof SECOND_LEVEL] as
      | SecondLevelKey
      | undefined;
    const previous =
      i > 0
        ? SECOND_LEVEL[items[i - 1].id as keyof typeof SECOND_LEVEL]
        : undefined;
    if (head && group && group === previous) {
      head.span += 1;
      rows.push({ item });
    } else {
      head = { no: (head?.no ?? 0) + 1, span: 1, secondLevel: group };
      rows.push({ item, head });
    }
  });
  return rows;
}
