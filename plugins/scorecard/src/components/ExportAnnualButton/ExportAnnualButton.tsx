import {
  appLanguageApiRef,
  useApi,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import { ScorecardLanguage } from '@internal/plugin-service-desk-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useState } from 'react';
import { scorecardApiRef } from '../../api/ScorecardApi';
import { saveBlob } from '../../lib/download';
import { scorecardTranslationRef } from '../../translation';

/**
 * Downloads the annual assessment form (《XX 年度服务台考核表》, regulation §10.2) of a year, in
 * the language the reader has chosen: the manager hands over the Chinese one, an English reader
 * gets the same form in English.
 */
export function ExportAnnualButton(props: { year: number }) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const api = useApi(scorecardApiRef);
  const appLanguage = useApi(appLanguageApiRef).getLanguage().language;
  const language: ScorecardLanguage = appLanguage.startsWith('zh')
    ? 'zh-CN'
    : 'en';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const exportForm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { blob, filename } = await api.downloadAnnualWorkbook(
        props.year,
        language,
      );
      saveBlob(blob, filename);
    } catch (e) {
      setError(t('actions.exportFailed', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box>
      <Button
        variant="outlined"
        color="primary"
        startIcon={<GetAppIcon />}
        disabled={busy}
        onClick={exportForm}
      >
        {t('actions.exportAnnual', { year: String(props.year) })}
      </Button>
      {error && (
        <Typography color="error" variant="body2" role="alert">
          {error}
        </Typography>
      )}
    </Box>
  );
}
