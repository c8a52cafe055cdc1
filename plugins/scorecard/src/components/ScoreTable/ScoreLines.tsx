import { ScoreLine } from '@internal/plugin-service-desk-common';
import Typography from '@material-ui/core/Typography';
import { useScoreText } from '../../hooks/useScoreText';
import { LineAppeal } from '../Appeals';
import { EvidenceButton } from '../EvidenceButton';
import { useScoreTableStyles } from './styles';

/**
 * Each line opening its evidence, a deduction with its appeal beside it (where the report has
 * appeals), or "no deduction" when there is none.
 */
export function ScoreLines(props: {
  lines: ScoreLine[];
  sign: 'deduction' | 'addition';
}) {
  const classes = useScoreTableStyles();
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
        const lineText = t(`scorecard.${props.sign}`, {
          points: text.points(line.points),
          reason,
        });
        return (
          <div key={line.key ?? i} className={classes.line}>
            <EvidenceButton
              what={reason}
              evidence={line.evidence}
              omitted={line.evidenceOmitted}
            >
              {lineText}
            </EvidenceButton>
            {props.sign === 'deduction' && (
              <LineAppeal line={line} lineText={lineText} />
            )}
          </div>
        );
      })}
    </>
  );
}
