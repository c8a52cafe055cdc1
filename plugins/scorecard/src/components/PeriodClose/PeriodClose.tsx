import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Me } from '@internal/plugin-service-desk-react';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import Typography from '@material-ui/core/Typography';
import { ScorecardReport } from '../../api/types';
import { scorecardTranslationRef } from '../../translation';
import { ChangesSinceSealing } from './ChangesSinceSealing';
import { EarlierSeals } from './EarlierSeals';
import { SealActions } from './SealActions';
import { SealStatus } from './SealStatus';

/**
 * Closing the period (§6.7): whether it is open, submitted or sealed, the step the reader's role
 * may take, and for a sealed period the live figures that have moved since, with a switch to
 * show them instead of the sealed ones. Lifted seals stay listed.
 */
export function PeriodClose(props: {
  report: ScorecardReport;
  /** The reader, whose roles decide the steps offered. */
  me?: Me;
  /** Whether the live figures are shown although the period is sealed. */
  live: boolean;
  onLiveChange: (live: boolean) => void;
  /** After a step is recorded, so the report and its state are fetched again. */
  onChanged: () => void;
}) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const { report } = props;
  const close = report.close;
  if (!close) return null;
  const sealed = close.status === 'sealed';
  return (
    <section aria-label={t('closing.title')}>
      <InfoCard title={t('closing.title')}>
        <SealStatus close={close} timeZone={report.period.timeZone} />
        <SealActions
          report={report}
          close={close}
          me={props.me}
          onChanged={props.onChanged}
        />
        {sealed && (
          <>
            <FormControlLabel
              style={{ marginTop: 8 }}
              control={
                <Switch
                  checked={props.live}
                  onChange={e => props.onLiveChange(e.target.checked)}
                  color="primary"
                />
              }
              label={t('closing.showLive')}
            />
            <Typography variant="body2" color="textSecondary">
              {t(
                report.basis === 'live'
                  ? 'closing.basis.live'
                  : 'closing.basis.sealed',
              )}
            </Typography>
            <ChangesSinceSealing
              changes={close.changesSinceSealing ?? []}
              report={report}
            />
          </>
        )}
        {close.earlierSeals.length > 0 && (
          <EarlierSeals
            seals={close.earlierSeals}
            timeZone={report.period.timeZone}
          />
        )}
      </InfoCard>
    </section>
  );
}
