import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { RosterSlot } from '@internal/plugin-service-desk-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { DateTime } from 'luxon';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { formatClock } from '../../format';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { serviceDeskTranslationRef } from '../../translation';
import { PeopleNames } from './PeopleNames';

/**
 * One slot: its planned holder (or a "not planned" flag), who is actually on duty once approved
 * changes apply, and how many changes wait for approval. The month view shows it compact: no
 * times, one line per slot.
 */
export function SlotCell(props: {
  slot?: RosterSlot;
  compact?: boolean;
  onRequestChange?: (slot: RosterSlot) => void;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { timeZone } = useDeskConfig();
  const { slot, compact, onRequestChange } = props;
  if (!slot) {
    return compact ? null : (
      <Typography variant="body2" color="textSecondary">
        {t('roster.dayOff')}
      </Typography>
    );
  }
  const clock = (iso: string) => formatClock(iso, timeZone);
  const pending = slot.changes.filter(c => c.status === 'pending').length;
  const changed = slot.onDuty.some(s => s.changeId);
  // The month view names each person once; the week view gives each stint with its hours.
  const stints = compact
    ? [...new Set(slot.onDuty.map(s => s.userRef))]
    : slot.onDuty.map(s => s.userRef);
  const hours = (i: number) =>
    compact
      ? null
      : ` ${clock(slot.onDuty[i].start)}–${clock(slot.onDuty[i].end)}`;
  return (
    <Box
      data-testid={`slot-${slot.date}-${slot.kind}`}
      display="flex"
      flexDirection="column"
      alignItems="flex-start"
    >
      {!compact && (
        <Typography variant="caption" color="textSecondary">
          {clock(slot.start)}–{clock(slot.end)}
        </Typography>
      )}
      <Typography variant="body2" component="div">
        {compact && `${t(`roster.kinds.${slot.kind}`)} `}
        {slot.holder ? (
          <span
            style={changed ? { textDecoration: 'line-through' } : undefined}
          >
            <EntityDisplayName
              entityRef={slot.holder}
              defaultKind="user"
              hideIcon
            />
          </span>
        ) : (
          <Chip size="small" color="secondary" label={t('roster.notPlanned')} />
        )}
      </Typography>
      {changed && (
        <Typography variant="body2">
          {t('roster.onDuty')} <PeopleNames refs={stints} after={hours} />
        </Typography>
      )}
      {pending > 0 && (
        <Chip
          size="small"
          variant="outlined"
          label={t('roster.pending', { count: pending })}
        />
      )}
      {onRequestChange &&
        slot.holder &&
        DateTime.fromISO(slot.end) > DateTime.now() && (
          <Button
            size="small"
            color="primary"
            onClick={() => onRequestChange(slot)}
          >
            {t('roster.change.request')}
          </Button>
        )}
    </Box>
  );
}
