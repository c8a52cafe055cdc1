import { scorecardMessagesEn } from './scorecardMessagesEn';
import { scorecardMessagesZh } from './scorecardMessagesZh';

/** The scorecard's languages: the product speaks both. */
export type ScorecardLanguage = 'en' | 'zh-CN';

export const SCORECARD_LANGUAGES: readonly ScorecardLanguage[] = [
  'en',
  'zh-CN',
];

type FlatKeys<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K}`
    : FlatKeys<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of the scorecard's messages as a translation function takes it: plural forms collapsed. */
export type ScorecardKey = FlatKeys<typeof scorecardMessagesEn> extends infer K
  ? K extends `${infer Base}_${'one' | 'other'}`
    ? Base
    : K
  : never;

/**
 * The least the shared text functions need of a translation function. The frontend's typed `t`
 * fits it through a cast (its options are typed per key); the backend's comes from
 * {@link createScoreTranslator}.
 */
export type ScoreTranslate = (
  key: ScorecardKey,
  options?: Record<string, unknown>,
) => string;

/** A nested message tree as dot-separated keys, as i18next reads it. */
export function flattenMessages(
  tree: { readonly [key: string]: unknown },
  prefix = '',
): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') flat[`${prefix}${key}`] = value;
    else
      Object.assign(
        flat,
        flattenMessages(value as Record<string, unknown>, `${prefix}${key}.`),
      );
  }
  return flat;
}

/** Every message of one language, flat. */
export function scorecardMessages(
  language: ScorecardLanguage,
): Record<string, string> {
  return language === 'en'
    ? flattenMessages(scorecardMessagesEn)
    : { ...scorecardMessagesZh };
}

/**
 * A translation function over flat messages that fills them as the frontend's i18next does:
 * `{{name}}` from the options, and with a numeric `count` the plural form the language's rules
 * pick (`_one`/`_other` in English; Chinese has only `_other`). An unknown key gives the
 * `defaultValue` option, else the key itself, as i18next does.
 */
export function createScoreTranslator(
  language: ScorecardLanguage,
  messages: Record<string, string> = scorecardMessages(language),
): ScoreTranslate {
  const plurals = new Intl.PluralRules(language);
  return (key, options = {}) => {
    const { count, defaultValue } = options;
    const plural =
      typeof count === 'number'
        ? messages[`${key}_${plurals.select(count)}`] ??
          messages[`${key}_other`]
        : undefined;
    const message = plural ?? messages[key];
    if (message === undefined)
      return defaultValue === undefined ? key : String(defaultValue);
    return message.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) =>
      String(options[name]),
    );
  };
}
