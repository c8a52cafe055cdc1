import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Adjustment } from '@internal/plugin-service-desk-common';
import Typography from '@material-ui/core/Typography';
import { useScoreText } from '../../hooks/useScoreText';
import { scorecardTranslationRef } from '../../translation';

/**
 * Deductions accepted appeals took back: the line struck through where it stood, then the points
 * given back and the appeal that gave them, so the item's score can be checked by hand.
 */
export function Adjustments(props: { adjustments?: Adjustment[] }) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const text = useScoreText();
  return (
    <>
      {props.adjustments?.map(a => (
        <Typography
          key={a.appealId}
          variant="body2"
          data-testid={`adjustment-${a.appealId}`}
        >
          <del>
            {t('scorecard.deduction', {
              points: text.points(a.points),
              reason: text.reason(a.reason),
            })}
          </del>{' '}
          <strong>
            {t('appeals.adjustment', {
              points: text.points(a.points),
              id: a.appealId,
            })}
          </strong>
        </Typography>
      ))}
    </>
  );
}
