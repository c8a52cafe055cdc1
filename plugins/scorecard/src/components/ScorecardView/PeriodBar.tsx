import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { ScorecardReport } from '../../api/types';
import { Period } from '../../hooks/usePeriod';
import { ScorecardConfig } from '../../hooks/useScorecardConfig';
import { lastDayOf, localDate } from '../../lib/format';
import { scorecardTranslationRef } from '../../translation';
import { ExportAnnualButton } from '../ExportAnnualButton';
import { PeriodPicker } from '../PeriodPicker';

/** The period picker and the annual export, then the dates and rules of the report once it is in. */
export function PeriodBar(props: {
  period: Period;
  config: ScorecardConfig;
  onChange: (next: Partial<Period>) => void;
  report?: ScorecardReport;
}) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const r = props.report;
  return (
    <Grid item xs={12}>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="flex-end"
        justifyContent="space-between"
        style={{ gap: 16 }}
      >
        <PeriodPicker
          period={props.period}
          config={props.config}
          onChange={props.onChange}
        />
        <ExportAnnualButton year={props.period.year} />
      </Box>
      {r && (
        <Typography
          variant="body2"
          color="textSecondary"
          style={{ marginTop: 8 }}
          data-testid="period-range"
        >
          {t('period.range', {
            from: localDate(r.period.start, r.period.timeZone),
            to: lastDayOf(r.period.end, r.period.timeZone),
            zone: r.period.timeZone,
            ruleYear: String(r.ruleSetYear),
          })}
        </Typography>
      )}
    </Grid>
  );
}
