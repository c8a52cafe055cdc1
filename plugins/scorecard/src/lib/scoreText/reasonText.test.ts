import {
  Reason,
  createScoreTranslator,
  reasonText as sharedReasonText,
} from '@internal/plugin-service-desk-common';
import { scorecardTranslationRef } from '../../translation';
import zh from '../../translations/zh-CN';
import { Translate } from './messages';
import { reasonText } from './reasonText';

/** The messages of one language with their placeholders filled, as i18next fills them. */
const translate = (messages: Record<string, string>) =>
  ((key: string, options: Record<string, unknown> = {}) =>
    messages[key].replace(/\{\{(\w+)\}\}/g, (_, name) =>
      String(options[name]),
    )) as unknown as Translate;

const en = translate((scorecardTranslationRef as any).getDefaultMessages());
const cn = translate(zh as Record<string, string>);

// The sentences themselves are common's (scorecardText/reasonText.test.ts); here only that the
// page's own messages reach them, so the page and the annual form say the same.
describe('reasonText', () => {
  const reasons: Reason[] = [
    {
      code: 'emergencyCloseLate',
      params: { minutes: 9660, limit: 60, running: 1 },
    },
    {
      code: 'answerRateBelowThreshold',
      params: { hit: 8, of: 9, pointsBelow: 10, threshold: 0.99 },
    },
  ];

  it.each(reasons)('says $code as the annual form does', reason => {
    expect(reasonText(en, reason)).toBe(
      sharedReasonText(createScoreTranslator('en'), reason),
    );
    expect(reasonText(cn, reason)).toBe(
      sharedReasonText(createScoreTranslator('zh-CN'), reason),
    );
    expect(reasonText(en, reason)).toMatch(/over 60 min|\(88\.9 %\)/);
  });
});
