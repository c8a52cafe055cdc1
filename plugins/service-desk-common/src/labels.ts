import { z } from 'zod';

/**
 * A configured value's name for people: one string for every language (the older config form),
 * or one per language the portal ships (`{ en: 'High', zh: '高' }`).
 */
export type LocalizedLabel = string | { en?: string; zh?: string };

export const localizedLabelSchema: z.ZodType<LocalizedLabel> = z.union([
  z.string().min(1),
  z
    .object({
      en: z.string().min(1).optional(),
      zh: z.string().min(1).optional(),
    })
    .strict()
    .refine(l => l.en || l.zh, 'needs en or zh'),
]);

/**
 * The label in the app's language (`zh-CN`, `zh`, `en`, …): its own language's text, else the
 * other one's, else `fallback` (the value's id), so a half-translated config still reads.
 */
export function labelIn(
  label: LocalizedLabel | undefined,
  language: string,
  fallback: string,
): string {
  if (label === undefined) return fallback;
  if (typeof label === 'string') return label;
  const zh = language.toLocaleLowerCase('en-US').startsWith('zh');
  return (zh ? label.zh ?? label.en : label.en ?? label.zh) ?? fallback;
}
