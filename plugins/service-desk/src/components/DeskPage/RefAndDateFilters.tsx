import { useTranslationRef } from '@backstage/frontend-plugin-api';
import TextField from '@material-ui/core/TextField';
import { serviceDeskTranslationRef } from '../../translation';
import { FilterEvent, Filters } from './filters';

/** The service and assignee refs, and the days the tickets were accepted between. */
export function RefAndDateFilters(props: {
  filters: Filters;
  set: (key: keyof Filters) => (e: FilterEvent) => void;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { filters, set } = props;
  return (
    <>
      <TextField
        id="desk-filter-entity"
        label={t('deskPage.filters.entity')}
        value={filters.entityRef}
        onChange={set('entityRef')}
        placeholder="component:default/…"
      />
      <TextField
        id="desk-filter-assignee"
        label={t('deskPage.filters.assignee')}
        value={filters.assigneeRef}
        onChange={set('assigneeRef')}
        placeholder="user:default/…"
      />
      <TextField
        type="date"
        id="desk-filter-from"
        label={t('deskPage.filters.from')}
        value={filters.from}
        onChange={set('from')}
        InputLabelProps={{ shrink: true }}
      />
      <TextField
        type="date"
        id="desk-filter-to"
        label={t('deskPage.filters.to')}
        value={filters.to}
        onChange={set('to')}
        InputLabelProps={{ shrink: true }}
      />
    </>
  );
}
