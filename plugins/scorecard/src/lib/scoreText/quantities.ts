import {
  MeasureRow,
  MeasureTarget,
  countsPercentText as sharedCountsPercentText,
  countsText as sharedCountsText,
  measuredText as sharedMeasuredText,
  minutesText as sharedMinutesText,
  percentText as sharedPercentText,
  targetText as sharedTargetText,
} from '@internal/plugin-service-desk-common';
import { Translate, shared } from './messages';

/*
 * The shared quantities of common (the annual form writes the same), over the frontend's typed `t`.
 */

export const countsPercentText = (t: Translate, hit: number, of: number) =>
  sharedCountsPercentText(shared(t), hit, of);

export const percentText = (t: Translate, ratio: number | undefined) =>
  sharedPercentText(shared(t), ratio);

export const minutesText = (t: Translate, value: number | undefined) =>
  sharedMinutesText(shared(t), value);

export const targetText = (t: Translate, tg: MeasureTarget) =>
  sharedTargetText(shared(t), tg);

export const measuredText = (t: Translate, row: MeasureRow<string>) =>
  sharedMeasuredText(shared(t), row);

export const countsText = (t: Translate, row: MeasureRow<string>) =>
  sharedCountsText(shared(t), row);
