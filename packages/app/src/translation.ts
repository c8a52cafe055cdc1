import { createTranslationRef } from '@backstage/frontend-plugin-api';

/**
 * The portal's own words (its home page, the catalog's overview tab); zh-CN lives in
 * translations/zh-CN.ts.
 */
export const portalTranslationRef = createTranslationRef({
  id: 'portal',
  messages: {
    home: {
      title: 'Home',
    },
    entityTabs: {
      overview: 'Overview',
    },
  },
  translations: {
    'zh-CN': () => import('./translations/zh-CN'),
  },
});
