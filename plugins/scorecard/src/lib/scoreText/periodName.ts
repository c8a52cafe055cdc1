import {
  PeriodKind,
  periodName as sharedPeriodName,
} from '@internal/plugin-service-desk-common';
import { Translate, shared } from './messages';

/** A period label ('2026-Q4') as people say it ('Q4 2026', '2026 年第 4 季度'). */
export const periodName = (t: Translate, kind: PeriodKind, label: string) =>
  sharedPeriodName(shared(t), kind, label);
