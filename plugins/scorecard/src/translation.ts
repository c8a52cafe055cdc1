import { createTranslationRef } from '@backstage/frontend-plugin-api';
import { scorecardMessagesEn } from '@internal/plugin-service-desk-common';

/**
 * Every visible string of the scorecard. The messages are plain data in common
 * (scorecardText/), so that the backend's annual form says what the screen says; zh-CN lives in
 * translations/zh-CN.ts.
 */
export const scorecardTranslationRef = createTranslationRef({
  id: 'plugin.scorecard',
  messages: scorecardMessagesEn,
  translations: {
    'zh-CN': () => import('./translations/zh-CN'),
  },
});
