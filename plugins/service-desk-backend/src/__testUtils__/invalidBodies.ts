import fc from 'fast-check';
import { CANARY, PROTOTYPE_KEYS, wrongType } from './hostileValues';

/** How a field may be spoiled: values it must refuse, and whether leaving it out is refused too. */
export interface FieldSpec {
  bad: fc.Arbitrary<unknown>;
  required?: boolean;
}
export type Fields = Record<string, FieldSpec>;

export const required = (bad: fc.Arbitrary<unknown>): FieldSpec => ({
  bad,
  required: true,
});
export const optional = (bad: fc.Arbitrary<unknown>): FieldSpec => ({ bad });

/**
 * Bodies that differ from a valid one in exactly one way: a field with a bad value, a required
 * field left out, or an unknown (possibly prototype-polluting) key. One fault at a time, so each
 * field's own check is what refuses it, not an earlier one.
 */
export function invalidBodies(
  valid: Record<string, unknown>,
  fields: Fields,
): fc.Arbitrary<Record<string, unknown>> {
  const names = Object.keys(fields);
  const requiredNames = names.filter(n => fields[n].required);
  const unknownKey = fc
    .oneof(
      fc.constantFrom(...PROTOTYPE_KEYS, 'id', 'state', 'createdAt', 'isAdmin'),
      fc.string({ minLength: 1, maxLength: 12 }),
    )
    .filter(k => !(k in fields));
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .constantFrom(...names)
        .chain(n => fields[n].bad.map(v => ({ ...valid, [n]: v }))),
    },
    ...(requiredNames.length
      ? [
          fc
            .constantFrom(...requiredNames)
            .map(n =>
              Object.fromEntries(
                Object.entries(valid).filter(([k]) => k !== n),
              ),
            ),
        ]
      : []),
    // A computed key makes an own property even for __proto__, as JSON.parse on the server does.
    fc
      .tuple(
        unknownKey,
        fc.oneof(fc.constant(CANARY), fc.jsonValue({ maxDepth: 1 })),
      )
      .map(([k, v]) => ({ ...valid, [k]: v })),
  );
}

/** A list field: not a list, too short, too long, or holding one bad item after a good one. */
export function badList(
  validItem: unknown,
  item: fc.Arbitrary<unknown>,
  limits: { min?: number; max: number },
) {
  return fc.oneof(
    wrongType('array'),
    ...(limits.min ? [fc.constant([])] : []),
    fc.constant(Array.from({ length: limits.max + 1 }, () => validItem)),
    item.map(bad => [validItem, bad]),
  );
}
