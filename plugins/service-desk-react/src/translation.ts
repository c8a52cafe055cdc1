import { createTranslationRef } from '@backstage/frontend-plugin-api';

/** The shared components' own words; zh-CN lives in translations/zh-CN.ts. */
export const serviceDeskReactTranslationRef = createTranslationRef({
  id: 'plugin.service-desk-react',
  messages: {
    datePicker: {
      open: 'Pick from a calendar',
      previousMonth: 'Previous month',
      nextMonth: 'Next month',
      hour: 'Hour',
      minute: 'Minute',
    },
  },
  translations: {
    'zh-CN': () => import('./translations/zh-CN'),
  },
});
