import {
  ASSESSMENT_GRADES,
  ASSESSMENT_KINDS,
  CUSTOMER_SERVICE_ITEMS,
  OPERATIONAL_ITEMS,
  REASON_CODES,
  SLA_MEASURES,
} from '@internal/plugin-service-desk-common';
import { scorecardTranslationRef } from '../translation';
import zh from './zh-CN';

/**
 * Strings that are only symbols and placeholders ('{{value}} %', '{{table}}: {{name}}') read the
 * same in both languages but for spacing and full-width punctuation, so need no Chinese.
 */
const onlySymbols = (message: string) =>
  !/\p{L}/u.test(message.replace(/\{\{\s*\w+\s*\}\}/g, ''));

const english = (scorecardTranslationRef as any).getDefaultMessages() as Record<
  string,
  string
>;
/** A key with its plural forms collapsed, as the translation function takes it. */
const keys = new Set(
  Object.keys(english).map(k => k.replace(/_(one|other)$/, '')),
);

describe('zh-CN translation', () => {
  it('translates every English message and keeps its placeholders', () => {
    const chinese = zh as Record<string, string>;
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
    for (const [key, en] of Object.entries(english)) {
      const placeholders = (s: string) =>
        (s.match(/\{\{\s*\w+\s*\}\}/g) ?? []).sort();
      expect({ key, placeholders: placeholders(chinese[key]) }).toEqual({
        key,
        placeholders: placeholders(en),
      });
      expect({ key, text: chinese[key] }).not.toEqual({ key, text: en });
      // Messages that read the same in both languages need no Chinese characters.
      expect({
        key,
        hasChinese: onlySymbols(en) || /[\u4e00-\u9fff]/.test(chinese[key]),
      }).toEqual({ key, hasChinese: true });
    }
  });

  it('names every reason, item, measure, entry kind and grade the backend can send', () => {
    const expected = [
      ...REASON_CODES.map(code => `reasons.${code}`),
      ...[...OPERATIONAL_ITEMS, ...CUSTOMER_SERVICE_ITEMS, 'opsSecurity'].map(
        id => `items.${id}`,
      ),
      ...SLA_MEASURES.map(id => `measures.${id}`),
      'kpis.dispatchSuccessRate',
      'kpis.callbackRate',
      ...ASSESSMENT_KINDS.map(kind => `entryKinds.${kind}`),
      ...ASSESSMENT_KINDS.flatMap(kind =>
        ASSESSMENT_GRADES[kind].map(grade => `grades.${kind}.${grade}`),
      ),
    ];
    expect(expected.filter(key => !keys.has(key))).toEqual([]);
  });
});
