import { reasonText } from './reasonText';
import { createScoreTranslator } from './translate';

const en = createScoreTranslator('en');
const cn = createScoreTranslator('zh-CN');

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

  it('says a late emergency response in words with its limit', () => {
    const late = {
      code: 'emergencyResponseLate' as const,
      params: { minutes: 16.746, limit: 15 },
    };
    expect(reasonText(cn, late)).toBe(
      cn('reasons.emergencyResponseLate', {
        duration: '16.7 分钟',
        limit: 15,
      }),
    );
    expect(reasonText(en, late)).toBe('Response took 16.7 min, over 15 min');
  });

  it("names the month of a monthly rate in the reader's words", () => {
    const rate = {
      code: 'resolutionRateBelowThreshold' as const,
      params: {
        hit: 95,
        of: 100,
        pointsBelow: 4,
        threshold: 0.99,
        month: '2026-11',
      },
    };
    expect(reasonText(en, rate)).toBe(
      '2026-11: 95 of 100 closed tickets timely (95.0 %), 4 full points below 99 %',
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
