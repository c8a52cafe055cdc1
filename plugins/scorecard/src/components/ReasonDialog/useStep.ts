import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { useState } from 'react';
import { scorecardTranslationRef } from '../../translation';

/** The backend's own message of a refusal (409 "already decided"), not the HTTP status line. */
function serverMessage(error: unknown): string {
  const e = error as Error & { body?: { error?: { message?: string } } };
  return e.body?.error?.message ?? e.message;
}

/**
 * One recorded step at a time (submit, approve, return, unseal; file or decide an appeal): busy
 * while it is sent, the refusal in the reader's language if it fails, `onDone` once it is
 * recorded.
 */
export function useStep(onDone: () => void) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async (step: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await step();
      setBusy(false);
      onDone();
      return true;
    } catch (e) {
      setError(t('closing.dialog.failed', { message: serverMessage(e) }));
      setBusy(false);
      return false;
    }
  };
  return { busy, error, run, clear: () => setError(undefined) };
}
