import { serviceDeskReactTranslationRef } from '../translation';
import zh from './zh-CN';

describe('zh-CN translation of the shared components', () => {
  it('translates every English message', () => {
    const english = (
      serviceDeskReactTranslationRef as any
    ).getDefaultMessages() as Record<string, string>;
    const chinese = zh as Record<string, string>;
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english)) {
      expect({ key, hasChinese: /[\u4e00-\u9fff]/.test(chinese[key]) }).toEqual(
        { key, hasChinese: true },
      );
    }
  });
});
