import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import GetAppIcon from '@material-ui/icons/GetApp';
import { CsvCell, csvBlob } from '../../lib/csv';
import { saveBlob } from '../../lib/download';
import { scorecardTranslationRef } from '../../translation';

/**
 * Saves a table as CSV, built in the browser from the figures already on screen. `rows` is called
 * on click only, so tables do not build their CSV on every render.
 */
export function CsvButton(props: {
  table: string;
  filename: string;
  rows: () => CsvCell[][];
}) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  return (
    <Button
      size="small"
      startIcon={<GetAppIcon />}
      aria-label={t('actions.csvOf', { table: props.table })}
      onClick={() => saveBlob(csvBlob(props.rows()), props.filename)}
    >
      {t('actions.csv')}
    </Button>
  );
}
