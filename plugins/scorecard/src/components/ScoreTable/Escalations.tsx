import { Scorecard } from '@internal/plugin-service-desk-common';
import Alert from '@material-ui/lab/Alert';
import { useScoreText } from '../../hooks/useScoreText';
import { EvidenceButton } from '../EvidenceButton';
import { useScoreTableStyles } from './styles';

/** A warning for the ICT department (信通部) per escalation, such as a leak, opening its evidence. */
export function Escalations(props: { escalations: Scorecard['escalations'] }) {
  const classes = useScoreTableStyles();
  const { t } = useScoreText();
  return (
    <>
      {props.escalations.map((e, i) => (
        <Alert
          key={i}
          severity="warning"
          className={classes.escalation}
          data-testid="escalation"
        >
          {t('scorecard.escalation')}{' '}
          <EvidenceButton
            what={t('scorecard.escalation')}
            evidence={e.evidence}
          />
        </Alert>
      ))}
    </>
  );
}
