import {
  TranslationFunction,
  TranslationRef,
} from '@backstage/frontend-plugin-api';
import { ScoreTranslate } from '@internal/plugin-service-desk-common';
import { scorecardTranslationRef } from '../../translation';

export type Messages = typeof scorecardTranslationRef extends TranslationRef<
  any,
  infer M
>
  ? M
  : never;

/** A message key as the translation function takes it: plural forms collapsed. */
export type Key = keyof Messages extends infer K
  ? K extends `${infer Base}_${'one' | 'other'}`
    ? Base
    : K
  : never;

/** The scorecard's translation function. */
export type Translate = TranslationFunction<Messages>;

/**
 * For keys built from the common package's ids. Each is checked against the messages by a `Key`
 * annotation where it is built (a new id without a message fails to compile); the options are
 * the ids' own, so they are passed untyped.
 */
export const dynamic = (t: Translate) =>
  t as unknown as (key: Key, options?: Record<string, unknown>) => string;

/** The typed `t` as the shared text functions of common take it (the same keys, untyped options). */
export const shared = (t: Translate) => t as unknown as ScoreTranslate;
