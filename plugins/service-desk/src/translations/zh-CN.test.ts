import { serviceDeskTranslationRef } from '../translation';
import zh from './zh-CN';

/** Strings that read the same in both languages (codes and placeholders only). */
const SAME_IN_BOTH = new Set<string>([]);

describe('zh-CN translation', () => {
  it('translates every English message and keeps its placeholders', () => {
    const english = (
      serviceDeskTranslationRef as any
    ).getDefaultMessages() as Record<string, string>;
    const chinese = zh as Record<string, string>;
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
    for (const [key, en] of Object.entries(english)) {
      const placeholders = (s: string) =>
        (s.match(/\{\{\s*\w+\s*\}\}/g) ?? []).sort();
      expect({ key, placeholders: placeholders(chinese[key]) }).toEqual({
        key,
        placeholders: placeholders(en),
      });
    }
    const translated = Object.entries(english).filter(
      ([key]) => !SAME_IN_BOTH.has(key),
    );
    for (const [key, en] of translated) {
      expect({ key, text: chinese[key] }).not.toEqual({ key, text: en });
      expect({
        key,
        hasChinese: /[\u4e00-\u9fff]/.test(chinese[key]),
      }).toEqual({ key, hasChinese: true });
    }
  });
});
