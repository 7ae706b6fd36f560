import { z } from 'zod';
import { codesOf, courtKinds } from '../codes';
import { managers, read, write } from './procedure';
import { id, oneOf, requiredText } from './fields';

const court = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.enum(codesOf(courtKinds)),
  active: z.boolean(),
  liveOrders: z.number(),
});

export const courtInput = z.object({
  id: id('Court').optional(),
  name: requiredText('Court name', 120),
  kind: oneOf('Kind of court', courtKinds),
  active: z.boolean({ error: 'In use must be yes or no' }).default(true),
});

export const courts = {
  list: read('Every court the office keeps, in use first.', z.object({}), z.array(court)),
  save: write('Add a court, or change one (by id).', courtInput, court, { roles: managers }),
};

export type Court = z.output<typeof court>;
