/**
 * Percentages as a spreadsheet shows them: rounded half-up to one decimal. Screen, CSV and the
 * annual workbook all go through here, so the same figure reads the same everywhere.
 */

/**
 * hit ÷ of in tenths of a percent, rounded half-up. Whole counts are divided as integers, so no
 * binary fraction can push 1/16 (6.25 %) down to 6.2 %; other figures (scores with half points)
 * go through {@link ratioTenths}.
 */
export function percentTenths(hit: number, of: number): number {
  if (of === 0) throw new RangeError('percentage of nothing');
  if (Number.isInteger(hit) && Number.isInteger(of) && hit >= 0 && of > 0) {
    // floor(1000·hit/of + ½) = floor((2000·hit + of) / (2·of)), all in integers.
    const numerator = 2000 * hit + of;
    return (numerator - (numerator % (2 * of))) / (2 * of);
  }
  return ratioTenths(hit / of);
}

/**
 * A ratio (0.8885) in tenths of a percent, half-up. The ratio is first read at 12 significant
 * digits, as a spreadsheet shows it, so 0.8885 × 1000 = 888.4999… counts as the 888.5 it means.
 */
export function ratioTenths(ratio: number): number {
  const tenths = Number((Math.abs(ratio) * 1000).toPrecision(12));
  return Math.sign(ratio) * Math.floor(tenths + 0.5);
}

/** Tenths of a percent as text with one decimal: 889 → '88.9'. */
export function tenthsText(tenths: number): string {
  return (tenths / 10).toFixed(1);
}

/** hit ÷ of as a percentage text with one decimal: 8/9 → '88.9'. */
export function percentOf(hit: number, of: number): string {
  return tenthsText(percentTenths(hit, of));
}

/** A ratio as a percentage text with one decimal: 2/3 → '66.7'. */
export function ratioPercent(ratio: number): string {
  return tenthsText(ratioTenths(ratio));
}

/**
 * The rounded ratio itself (8/9 → 0.889), for a spreadsheet cell formatted `0.0%`: the cell then
 * shows what the screen shows and computes with the same value.
 */
export function roundedRatio(hit: number, of: number): number {
  return percentTenths(hit, of) / 1000;
}

/**
 * A ratio threshold (0.99) as the percentage people write (99, 99.5). Thresholds are whole basis
 * points (the rule sets refuse others), so this shows them exactly; screen and workbook share it.
 */
export const thresholdValue = (ratio: number) =>
  String(Math.round(ratio * 10_000) / 100);
