import { z } from 'zod';
import { managers, read, write } from './procedure';
import { optionalEmail, optionalText, requiredText } from './fields';

const officeInfo = z.object({
  setUp: z.boolean(),
  name: z.string().nullable(),
  isDemo: z.boolean(),
  /** The letterhead printed on the office's letters; null until a manager sets it. */
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** The backend's date, so every screen counts days from the same today. */
  today: z.string(),
});

export const letterheadInput = z.object({
  address: requiredText('Address', 300),
  phone: optionalText('Phone', 40),
  email: optionalEmail('Email'),
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
  saveLetterhead: write(
    'Set the letterhead of the office’s letters: its address, phone and email.',
    letterheadInput,
    officeInfo,
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
