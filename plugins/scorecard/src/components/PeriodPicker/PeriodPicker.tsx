import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  PERIOD_KINDS,
  PeriodKind,
  periodContaining,
  periodRange,
  periodsOfYear,
} from '@internal/plugin-service-desk-common';
import Box from '@material-ui/core/Box';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { Period } from '../../hooks/usePeriod';
import { ScorecardConfig } from '../../hooks/useScorecardConfig';
import { useScoreText } from '../../hooks/useScoreText';
import { lastDayOf, localDate } from '../../lib/format';
import { scorecardTranslationRef } from '../../translation';

/** Years on offer: from the first year with rules (or three back) to this year, and the chosen one. */
function yearsOnOffer(config: ScorecardConfig, chosen: number): number[] {
  const thisYear = Number(
    periodContaining('year', new Date(Date.now()), config.timeZone),
  );
  const first = Math.min(config.firstYear ?? thisYear - 3, chosen);
  const last = Math.max(thisYear, chosen);
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

/** Picks the kind of period (cycle, month, quarter, half-year, year), the year, and the period in it. */
export function PeriodPicker(props: {
  period: Period;
  config: ScorecardConfig;
  onChange: (next: Partial<Period>) => void;
}) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const text = useScoreText();
  const { period, config } = props;

  const optionLabel = (kind: PeriodKind, label: string) => {
    if (kind !== 'cycle') return text.periodName(kind, label);
    const range = periodRange(
      'cycle',
      label,
      config.timeZone,
      config.cycleStartDay(Number(label.slice(0, 4))),
    );
    return t('period.cycleOption', {
      label,
      from: localDate(range.start.toISOString(), config.timeZone),
      to: lastDayOf(range.end.toISOString(), config.timeZone),
    });
  };

  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 16 }}>
      <TextField
        select
        id="scorecard-period-kind"
        label={t('period.kind')}
        value={period.kind}
        onChange={e => props.onChange({ kind: e.target.value as PeriodKind })}
        style={{ minWidth: 180 }}
        inputProps={{ 'aria-label': t('period.kind') }}
      >
        {PERIOD_KINDS.map(kind => (
          <MenuItem key={kind} value={kind}>
            {t(`period.kinds.${kind}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        id="scorecard-period-year"
        label={t('period.year')}
        value={period.year}
        onChange={e => props.onChange({ year: Number(e.target.value) })}
        style={{ minWidth: 120 }}
        inputProps={{ 'aria-label': t('period.year') }}
      >
        {yearsOnOffer(config, period.year).map(year => (
          <MenuItem key={year} value={year}>
            {t('period.yearOption', { year: String(year) })}
          </MenuItem>
        ))}
      </TextField>
      {period.kind !== 'year' && (
        <TextField
          select
          id="scorecard-period-label"
          label={t('period.period')}
          value={period.label}
          onChange={e => props.onChange({ label: String(e.target.value) })}
          style={{ minWidth: 300 }}
          inputProps={{ 'aria-label': t('period.period') }}
        >
          {periodsOfYear(period.kind, period.year).map(label => (
            <MenuItem key={label} value={label}>
              {optionLabel(period.kind, label)}
            </MenuItem>
          ))}
        </TextField>
      )}
    </Box>
  );
}
