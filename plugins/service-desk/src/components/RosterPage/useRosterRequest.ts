import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { useState } from 'react';
import { serverMessage } from '../../format';
import { serviceDeskTranslationRef } from '../../translation';

/** One request of the roster at a time; a refusal is kept as the server's message. */
export function useRosterRequest() {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const run = async (request: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await request();
    } catch (e) {
      setError(t('roster.failed', { message: serverMessage(e) }));
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, run };
}
