import { ScoreLine } from '@internal/plugin-service-desk-common';
import Typography from '@material-ui/core/Typography';
import { useScoreText } from '../../hooks/useScoreText';
import { EvidenceButton } from '../EvidenceButton';

/** Each line opening its evidence, or "no deduction" when there is none. */
export function ScoreLines(props: {
  lines: ScoreLine[];
  sign: 'deduction' | 'addition';
}) {
  const text = useScoreText();
  const { t } = text;
  if (!props.lines.length)
    return (
      <Typography variant="body2">{t('scorecard.noDeduction')}</Typography>
    );
  return (
    <>
      {props.lines.map((line, i) => {
        const reason = text.reason(line.reason);
        return (
          <EvidenceButton key={i} what={reason} evidence={line.evidence}>
            {t(`scorecard.${props.sign}`, {
              points: text.points(line.points),
              reason,
            })}
          </EvidenceButton>
        );
      })}
    </>
  );
}
