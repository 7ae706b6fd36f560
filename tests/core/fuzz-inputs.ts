import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Random and malformed inputs for the fuzzing of every procedure: nasty leaves, and shapes that
 * follow a procedure's zod schema closely enough to get past the first checks.
 */

export const nastyString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(
    '',
    ' ',
    '%',
    '%%',
    '50%_off',
    '%s%n%d',
    '\u0000',
    'a\u0000b',
    '\u202eevil',
    "'; DROP TABLE people; --",
    '" OR 1=1 --',
    '\\',
    '=1+2',
    '2026-02-30',
    '2026-11-26',
    '26/11/2026',
    '9999-12-31',
    '0000-00-00',
    '09:00',
    '24:00',
    'x'.repeat(10_000),
    'é'.repeat(300),
    '__proto__',
    'constructor',
    'NaN',
    'Infinity',
    '1e309',
    '-1',
  ),
);

export const nastyNumber = fc.oneof(
  fc.integer(),
  fc.integer({ min: -2, max: 12 }),
  fc.constantFrom(
    -1,
    0.5,
    -0.5,
    2 ** 31,
    2 ** 31 - 1,
    2 ** 53,
    -(2 ** 53),
    Number.MAX_SAFE_INTEGER + 2,
    1e308,
    -1e308,
    Number.MIN_VALUE,
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const nastyLeaf = fc.oneof(
  nastyString,
  nastyNumber,
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
);

/** Anything that JSON can carry, bent towards what breaks parsers and SQL. */
export const nasty: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyLeaf },
  { weight: 1, arbitrary: fc.array(nastyLeaf, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constant([[[[[]]]], [[1]], [['x']]]) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 5 }), nastyLeaf, { maxKeys: 3 }) },
);

/** Values of the wrong type for whatever a key wants. */
export const wrongValues: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  2 ** 53,
  '',
  'text',
  '%',
  '\u0000',
  'x'.repeat(100_000),
  [],
  [[[]]],
  {},
  { id: 1 },
];

/**
 * What Electron's IPC (structured clone) can carry besides JSON: NaN, infinities, dates, maps,
 * sets, typed arrays, big integers, sparse arrays.
 */
export const cloneable = fc.oneof(
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withBoxedValues: true,
    maxDepth: 3,
  }),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    new Date('invalid'),
    { id: NaN },
    { page: Infinity },
  ),
);

interface LooseDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string | number>;
  values?: unknown[];
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: LooseDef } })._zod.def;

/** The keys of an input's object shape, looking through pipes and refinements. */
export function keysOf(schema: z.ZodType): string[] {
  const def = defOf(schema);
  if (def.type === 'pipe' && def.in) return keysOf(def.in);
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** Input shaped like the schema: right keys and types mostly, valid codes sometimes, nasty values often. */
export function shaped(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const orNasty = (arbitrary: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 3, arbitrary }, { weight: 1, arbitrary: nasty });
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return fc.oneof(fc.constant(null), fc.constant(undefined), shaped(def.innerType!, depth));
    case 'pipe':
      return shaped(def.in!, depth);
    case 'object': {
      if (depth > 3) return nasty;
      const fields = Object.fromEntries(
        Object.entries(def.shape ?? {}).map(([key, s]) => [key, orNasty(shaped(s, depth + 1))]),
      );
      return fc.record(fields, { requiredKeys: [] });
    }
    case 'array':
      return fc.array(orNasty(shaped(def.element!, depth + 1)), { maxLength: 4 });
    case 'enum':
      return orNasty(fc.constantFrom(...Object.values(def.entries ?? { none: 'none' })));
    case 'literal':
      return orNasty(fc.constantFrom(...(def.values ?? [null])));
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => shaped(o, depth + 1)));
    case 'string':
      return nastyString;
    case 'number':
      return nastyNumber;
    case 'boolean':
      return orNasty(fc.boolean());
    default:
      return nasty;
  }
}
