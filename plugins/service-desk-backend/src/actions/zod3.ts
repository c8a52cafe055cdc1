import { z as zod4 } from 'zod';
import { AnyZodObject, ZodTypeAny, z as zod3 } from 'zod/v3';

type JsonSchema = {
  type?: string;
  enum?: string[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  description?: string;
};

/**
 * The actions registry of this Backstage release describes and checks inputs with zod 3, while
 * the desk's input schemas (shared with the frontend) are zod 4. This carries a zod 4 object
 * schema across through JSON Schema, so each input has one definition: the registry publishes
 * and checks its shape, and the action then parses with the zod 4 schema itself for what JSON
 * Schema cannot say (entity-ref and date refinements, trimming).
 */
export function fromZod4(z: typeof zod3, schema: zod4.ZodObject): AnyZodObject {
  const converted = convert(
    z,
    zod4.toJSONSchema(schema, { io: 'input' }) as JsonSchema,
  );
  if (!(converted instanceof z.ZodObject))
    throw new Error('fromZod4 takes an object schema');
  return converted;
}

function convert(z: typeof zod3, s: JsonSchema): ZodTypeAny {
  const schema = s.description
    ? shape(z, s).describe(s.description)
    : shape(z, s);
  return s.default === undefined ? schema : schema.default(s.default);
}

function shape(z: typeof zod3, s: JsonSchema): ZodTypeAny {
  if (s.anyOf) {
    const [first, second, ...rest] = s.anyOf.map(o => convert(z, o));
    return z.union([first, second, ...rest]);
  }
  if (s.enum) return z.enum(s.enum as [string, ...string[]]);
  switch (s.type) {
    case 'string': {
      let str = z.string();
      if (s.minLength !== undefined) str = str.min(s.minLength);
      if (s.maxLength !== undefined) str = str.max(s.maxLength);
      return s.pattern ? str.regex(new RegExp(s.pattern)) : str;
    }
    case 'integer':
    case 'number': {
      let num = s.type === 'integer' ? z.number().int() : z.number();
      if (s.minimum !== undefined) num = num.min(s.minimum);
      return s.maximum !== undefined ? num.max(s.maximum) : num;
    }
    case 'boolean':
      return z.boolean();
    case 'array':
      return z.array(convert(z, s.items as JsonSchema));
    case 'object': {
      const required = new Set(s.required ?? []);
      const fields = Object.entries(s.properties ?? {}).map(([key, value]) => {
        const field = convert(z, value);
        return [
          key,
          required.has(key) || value.default !== undefined
            ? field
            : field.optional(),
        ];
      });
      const object = z.object(Object.fromEntries(fields));
      return s.additionalProperties === false
        ? object.strict()
        : object.passthrough();
    }
    default:
      // A new kind of field in a desk schema must be taught here, not silently let through.
      throw new Error(`fromZod4 cannot carry JSON Schema ${JSON.stringify(s)}`);
  }
}
