import { makeStyles } from '@material-ui/core/styles';

export const useScoreTableStyles = makeStyles(theme => ({
  table: {
    '& th, & td': {
      border: `1px solid ${theme.palette.divider}`,
      verticalAlign: 'top',
    },
  },
  lines: { display: 'flex', flexDirection: 'column', gap: theme.spacing(0.5) },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: theme.spacing(1),
  },
  score: {
    fontWeight: theme.typography.fontWeightBold as number,
    fontSize: '1.1rem',
  },
  total: { backgroundColor: theme.palette.background.default },
  escalation: { margin: theme.spacing(2) },
}));
