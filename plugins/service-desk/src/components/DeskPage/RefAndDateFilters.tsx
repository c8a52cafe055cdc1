import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { DeskDateTimeField } from '@internal/plugin-service-desk-react';
import TextField from '@material-ui/core/TextField';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { serviceDeskTranslationRef } from '../../translation';
import { Filters } from './filters';

/** The service and assignee refs, and the days (in the desk's zone) the tickets were accepted between. */
export function RefAndDateFilters(props: {
  filters: Filters;
  setValue: (key: keyof Filters) => (value: string) => void;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { timeZone } = useDeskConfig();
  const { filters, setValue } = props;
  const day = (key: 'from' | 'to', label: string) => (
    <DeskDateTimeField
      dateOnly
      id={`desk-filter-${key}`}
      label={label}
      value={filters[key]}
      onChange={setValue(key)}
      timeZone={timeZone}
      invalidText={t('dateField.invalidDate')}
    />
  );
  return (
    <>
      <TextField
        id="desk-filter-entity"
        label={t('deskPage.filters.entity')}
        value={filters.entityRef}
        onChange={e => setValue('entityRef')(e.target.value)}
        placeholder="component:default/…"
      />
      <TextField
        id="desk-filter-assignee"
        label={t('deskPage.filters.assignee')}
        value={filters.assigneeRef}
        onChange={e => setValue('assigneeRef')(e.target.value)}
        placeholder="user:default/…"
      />
      {day('from', t('deskPage.filters.from'))}
      {day('to', t('deskPage.filters.to'))}
    </>
  );
}
