import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  DurationOptions,
  durationText,
} from '@internal/plugin-service-desk-common';
import { useCallback } from 'react';
import { serviceDeskTranslationRef } from '../../translation';

/** The desk's duration text ('18 d 14 h' / '18 天 14 小时') in the reader's language. */
export function useDurationText() {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  return useCallback(
    (ms: number, options?: DurationOptions) =>
      durationText(
        ms,
        {
          day: t('sla.units.day'),
          hour: t('sla.units.hour'),
          minute: t('sla.units.minute'),
        },
        options,
      ),
    [t],
  );
}
