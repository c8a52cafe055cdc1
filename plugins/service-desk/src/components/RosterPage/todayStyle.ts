import { Theme } from '@material-ui/core/styles';
import { CSSProperties } from 'react';

/** Today's column or day: tinted and outlined in the primary colour, so it is found at a glance. */
export function todayStyle(theme: Theme): CSSProperties {
  return {
    backgroundColor: theme.palette.action.selected,
    boxShadow: `inset 0 0 0 2px ${theme.palette.primary.main}`,
    fontWeight: theme.typography.fontWeightBold as number,
  };
}
