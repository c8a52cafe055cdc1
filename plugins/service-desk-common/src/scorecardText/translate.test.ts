import {
  SCORECARD_LANGUAGES,
  createScoreTranslator,
  flattenMessages,
  scorecardMessages,
} from './translate';
import { ScorecardKey } from './translate';

const placeholders = (message: string) =>
  [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map(m => m[1]);

describe('createScoreTranslator', () => {
  it.each(SCORECARD_LANGUAGES)(
    'renders every %s message with its placeholders filled',
    language => {
      const messages = scorecardMessages(language);
      const t = createScoreTranslator(language);
      const keys = new Set(
        Object.keys(messages).map(k => k.replace(/_(one|other)$/, '')),
      );
      expect(keys.size).toBeGreaterThan(300);
      for (const key of keys) {
        const names = new Set(
          [messages[key], messages[`${key}_one`], messages[`${key}_other`]]
            .filter((m): m is string => m !== undefined)
            .flatMap(placeholders),
        );
        const options = Object.fromEntries(
          [...names].map(name => [name, name === 'count' ? 2 : `<${name}>`]),
        );
        const text = t(key as ScorecardKey, options);
        expect({ key, text, leftOver: text.includes('{{') }).toEqual({
          key,
          text,
          leftOver: false,
        });
        // `count` picks the plural form; some forms leave the number out.
        for (const name of [...names].filter(n => n !== 'count')) {
          expect({ key, text }).toEqual({
            key,
            text: expect.stringContaining(`<${name}>`),
          });
        }
      }
    },
  );

  it('picks the plural form by count: _one and _other in English, _other in Chinese', () => {
    const en = createScoreTranslator('en');
    const zh = createScoreTranslator('zh-CN');
    expect(en('units.count', { count: 1 })).toBe('1 time');
    expect(en('units.count', { count: 3 })).toBe('3 times');
    expect(en('reasons.opsNoNda', { count: 1 })).toBe(
      '1 person without a signed NDA',
    );
    expect(en('reasons.opsNoNda', { count: 2 })).toBe(
      '2 people without a signed NDA',
    );
    expect(zh('units.count', { count: 1 })).toBe(
      scorecardMessages('zh-CN')['units.count_other'].replace('{{count}}', '1'),
    );
  });

  it('fills nested keys, including the closing subtree, and falls back like i18next', () => {
    const en = createScoreTranslator('en');
    const zh = createScoreTranslator('zh-CN');
    expect(
      en('closing.status.sealed', { who: 'mgr', time: 'T', version: '2026' }),
    ).toBe('Sealed by mgr on T, rule set 2026');
    expect(
      zh('closing.status.sealed', { who: 'mgr', time: 'T', version: '2026' }),
    ).toBe('mgr 于 T 封存，考核规则版本 2026');
    expect(zh('status.met')).toBe('达标');
    const unknown = 'entryKinds.nothing' as ScorecardKey;
    expect(en(unknown, { defaultValue: 'nothing' })).toBe('nothing');
    expect(en(unknown)).toBe('entryKinds.nothing');
  });

  it('flattens a tree to dot-separated keys', () => {
    expect(flattenMessages({ a: { b: 'x', c: { d: 'y' } }, e: 'z' })).toEqual({
      'a.b': 'x',
      'a.c.d': 'y',
      e: 'z',
    });
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(scorecardMessages('zh-CN')).sort()).toEqual(
      Object.keys(scorecardMessages('en')).sort(),
    );
  });
});
