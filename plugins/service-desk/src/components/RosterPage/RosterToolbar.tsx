import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import Typography from '@material-ui/core/Typography';
import ChevronLeft from '@material-ui/icons/ChevronLeft';
import ChevronRight from '@material-ui/icons/ChevronRight';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import { serviceDeskTranslationRef } from '../../translation';
import { RosterScope } from './rosterDates';

/** Week or month, back and forth from today, and the range shown. */
export function RosterToolbar(props: {
  scope: RosterScope;
  onScope: (scope: RosterScope) => void;
  onMove: (step: -1 | 1) => void;
  onToday: () => void;
  title: string;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  return (
    <Box
      display="flex"
      alignItems="center"
      flexWrap="wrap"
      style={{ gap: 8 }}
      my={2}
    >
      <ToggleButtonGroup
        size="small"
        exclusive
        value={props.scope}
        onChange={(_e, v) => v && props.onScope(v)}
      >
        <ToggleButton value="week">{t('roster.week')}</ToggleButton>
        <ToggleButton value="month">{t('roster.month')}</ToggleButton>
      </ToggleButtonGroup>
      <IconButton
        size="small"
        aria-label={t('roster.previous')}
        onClick={() => props.onMove(-1)}
      >
        <ChevronLeft />
      </IconButton>
      <Button size="small" onClick={props.onToday}>
        {t('roster.today')}
      </Button>
      <IconButton
        size="small"
        aria-label={t('roster.next')}
        onClick={() => props.onMove(1)}
      >
        <ChevronRight />
      </IconButton>
      <Typography variant="h6" component="h2">
        {props.title}
      </Typography>
    </Box>
  );
}
