import { ScoreItem } from '@internal/plugin-service-desk-common';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { createContext, useContext } from 'react';
import { useScoreText } from '../../hooks/useScoreText';

/** Asks for the report again with every line of every item; absent where it cannot. */
const ShowAllLines = createContext<(() => void) | undefined>(undefined);

export const OmittedLinesProvider = ShowAllLines.Provider;

/**
 * What an item's answer left out (a year at a national desk can hold tens of thousands of
 * per-occurrence lines): how many and their points, which its score already counts, and the
 * button that lists them all.
 */
export function OmittedLines({ item }: { item: ScoreItem }) {
  const text = useScoreText();
  const showAll = useContext(ShowAllLines);
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
