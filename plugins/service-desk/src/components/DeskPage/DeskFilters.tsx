import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  PRIORITIES,
  TICKET_KINDS,
  TICKET_STATES,
  TicketKind,
  TicketState,
} from '@internal/plugin-service-desk-common';
import Box from '@material-ui/core/Box';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { Dispatch, SetStateAction } from 'react';
import { serviceDeskTranslationRef } from '../../translation';
import { FilterEvent, Filters, ORDERS } from './filters';
import { RefAndDateFilters } from './RefAndDateFilters';

type Order = (typeof ORDERS)[number];

/** Text search and the filters that narrow the queue shown. */
export function DeskFilters(props: {
  filters: Filters;
  onChange: Dispatch<SetStateAction<Filters>>;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { filters } = props;
  const setValue = (key: keyof Filters) => (value: string) =>
    props.onChange(f => ({ ...f, [key]: value }));
  const set = (key: keyof Filters) => (e: FilterEvent) =>
    setValue(key)(String(e.target.value));
  const select = (
    key: keyof Filters,
    label: string,
    options: readonly string[],
    render: (o: string) => string,
    empty?: string,
  ) => (
    <TextField
      select
      id={`desk-filter-${key}`}
      label={label}
      value={filters[key]}
      onChange={set(key)}
      style={{ minWidth: 140 }}
      inputProps={{ 'aria-label': label }}
    >
      <MenuItem value="">{empty ?? t('deskPage.filters.any')}</MenuItem>
      {options.map(o => (
        <MenuItem key={o} value={o}>
          {render(o)}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 12 }} my={2}>
      <TextField
        id="desk-search"
        label={t('deskPage.search')}
        value={filters.q}
        onChange={set('q')}
        style={{ minWidth: 260 }}
      />
      {select('state', t('deskPage.filters.state'), TICKET_STATES, s =>
        t(`states.${s as TicketState}`),
      )}
      {select('kind', t('deskPage.filters.kind'), TICKET_KINDS, k =>
        t(`kinds.${k as TicketKind}`),
      )}
      {select('priority', t('deskPage.filters.priority'), PRIORITIES, p => p)}
      {select(
        'order',
        t('deskPage.filters.order'),
        ORDERS,
        o => t(`deskPage.orders.${o as Order}`),
        t('deskPage.orders.queue'),
      )}
      <RefAndDateFilters filters={filters} setValue={setValue} />
    </Box>
  );
}
