import { z } from 'zod';
import { managers, read, write } from './procedure';
import { requiredText } from './fields';

const officeInfo = z.object({
  setUp: z.boolean(),
  name: z.string().nullable(),
  isDemo: z.boolean(),
  /** The backend's date, so every screen counts days from the same today. */
  today: z.string(),
});

export const demoScales = ['office', 'region'] as const;

export const office = {
  get: read(
    'The office: whether it is set up, its name and today’s date.',
    z.object({}),
    officeInfo,
    { roles: 'public' },
  ),
  setUp: write(
    'Start with an empty office under the given name.',
    z.object({ name: requiredText('Office name', 120) }),
    officeInfo,
    { roles: managers },
  ),
  loadDemo: write(
    'Fill an office that has not been set up with a generated demonstration office.',
    z.object({
      scale: z.enum(demoScales, { error: 'Scale must be office or region' }).default('office'),
    }),
    z.object({ people: z.number(), orders: z.number(), courts: z.number(), staff: z.number() }),
    { roles: managers },
  ),
  dashboard: read(
    'The figures on the home page.',
    z.object({}),
    z.object({
      liveOrders: z.number(),
      hoursOutstandingMinutes: z.number(),
      endingWithin8Weeks: z.number(),
      waitingForInduction: z.number(),
    }),
  ),
};

export type OfficeInfo = z.output<typeof officeInfo>;
