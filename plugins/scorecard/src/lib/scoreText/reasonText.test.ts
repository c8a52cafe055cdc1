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

describe('reasonText', () => {
  it('says a late emergency still open is open, with the time so far', () => {
    // 9660 min = 6 d 17 h 0 min.
    const open = {
      code: 'emergencyCloseLate' as const,
      params: { minutes: 9660, limit: 60, running: 1 },
    };
    expect(reasonText(en, open)).toBe(
      'Still open 6 d 17 h after reaching the desk, over 60 min',
    );
    expect(reasonText(cn, open)).toBe(
      '流转至值班台已 6 天 17 小时，仍未关单，超过 60 分钟',
    );
  });

  it('says a closed one was closed', () => {
    const closed = {
      code: 'emergencyCloseLate' as const,
      params: { minutes: 85, limit: 60 },
    };
    expect(reasonText(en, closed)).toBe(
      'Closed 1 h 25 min after reaching the desk, over 60 min',
    );
    expect(reasonText(cn, closed)).toBe(
      '流转至值班台后 1 小时 25 分 才关单，超过 60 分钟',
    );
  });

  it('says nobody was notified while the response clock still runs', () => {
    const waiting = {
      code: 'emergencyResponseLate' as const,
      params: { minutes: 20, limit: 15, running: 1 },
    };
    expect(reasonText(en, waiting)).toBe(
      'Nobody notified yet, 20 min after it occurred, over 15 min',
    );
    expect(reasonText(cn, waiting)).toBe(
      '发生后已 20 分钟，仍未通知相关人员，超过 15 分钟',
    );
  });

  it('rounds a rate half-up from its counts: 8 of 9 is 88.9 %', () => {
    const rate = {
      code: 'answerRateBelowThreshold' as const,
      params: { hit: 8, of: 9, pointsBelow: 10, threshold: 0.99 },
    };
    expect(reasonText(en, rate)).toContain('(88.9 %)');
    expect(reasonText(cn, rate)).toContain('88.9%');
  });
});
