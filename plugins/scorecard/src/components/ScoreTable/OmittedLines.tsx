import { ScoreItem } from '@internal/plugin-service-desk-common';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { useScoreText } from '../../hooks/useScoreText';
import { useShowAllLines } from '../../hooks/useShowAllLines';

/**
 * What an item's answer left out (a year at a national desk can hold tens of thousands of
 * per-occurrence lines): how many and their points, which its score already counts, and the
 * button that lists them all.
 */
export function OmittedLines({ item }: { item: ScoreItem }) {
  const text = useScoreText();
  const showAll = useShowAllLines();
  const { omitted } = item;
  if (!omitted || (!omitted.deductions && !omitted.excluded)) return null;
  return (
    <div data-testid="omitted-lines">
      {omitted.deductions > 0 && (
        <Typography variant="body2" color="textSecondary">
          {text.t('scorecard.omitted', {
            lines: String(omitted.deductions),
            points: text.points(omitted.points),
          })}
        </Typography>
      )}
      {omitted.excluded > 0 && (
        <Typography variant="caption" color="textSecondary" component="div">
          {text.t('scorecard.omittedExcluded', {
            tickets: String(omitted.excluded),
          })}
        </Typography>
      )}
      {showAll && (
        <Button size="small" color="primary" onClick={showAll}>
          {text.t('scorecard.showAllLines')}
        </Button>
      )}
    </div>
  );
}
