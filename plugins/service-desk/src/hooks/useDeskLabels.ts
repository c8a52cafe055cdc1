import {
  appLanguageApiRef,
  useApi,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import {
  Ticket,
  categoryTitles,
  levelLabel,
} from '@internal/plugin-service-desk-common';
import { useMemo } from 'react';
import { serviceDeskTranslationRef } from '../translation';
import { useDeskConfig } from './useDeskConfig';

/** The configured values' labels (impact, urgency, categories) in the app's current language. */
export function useDeskLabels() {
  // The translation hook re-renders on a change of language, so reading it here stays current.
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const language = useApi(appLanguageApiRef).getLanguage().language;
  const { priority, categories } = useDeskConfig();
  return useMemo(() => {
    const titles = categoryTitles(categories, language);
    const impact = (id: string) =>
      levelLabel(priority, 'impacts', id, language);
    const urgency = (id: string) =>
      levelLabel(priority, 'urgencies', id, language);
    return {
      impact,
      urgency,
      /** A category path as its titles, "Application / Fault"; the path when unknown. */
      category: (path: string) => titles.get(path) ?? path,
      /** "P1 (impact High × urgency High)", "P1（影响 高 × 紧急 高）". */
      priority: (ticket: Pick<Ticket, 'priority' | 'impact' | 'urgency'>) =>
        t('labels.priority', {
          priority: ticket.priority,
          impact: impact(ticket.impact),
          urgency: urgency(ticket.urgency),
        }),
    };
  }, [t, language, priority, categories]);
}
