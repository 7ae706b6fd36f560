import { z } from 'zod';
import { codesOf } from '../codes';
import { outcomes, placementTypes, ratings } from '../placement-codes';
import { standDownCauses } from '../session-codes';
import { read, write } from './procedure';
import { id, isoDate, oneOf, optionalText, timeOfDay, wholeNumber } from './fields';

export const sessionInput = z
  .object({
    placementId: id('Placement'),
    date: isoDate('Date'),
    startTime: timeOfDay('Start time'),
    endTime: timeOfDay('End time'),
    leaderId: id('Session leader'),
    capacity: wholeNumber('Capacity', 1, 60),
  })
  .refine((s) => s.endTime > s.startTime, {
    path: ['endTime'],
    message: 'End time must be after the start time',
  });

export const registerRow = z.object({
  orderId: id('Order'),
  outcome: oneOf('Outcome', outcomes),
  arrivedAt: timeOfDay('Start')
    .nullish()
    .transform((v) => v ?? null),
  leftAt: timeOfDay('Finish')
    .nullish()
    .transform((v) => v ?? null),
  penaltyMinutes: wholeNumber('Penalty minutes', 0, 24 * 60).default(0),
  workQuality: oneOf('Work quality', ratings)
    .nullish()
    .transform((v) => v ?? null),
  behaviour: oneOf('Behaviour', ratings)
    .nullish()
    .transform((v) => v ?? null),
  standDownCause: oneOf('Stand-down reason', standDownCauses)
    .nullish()
    .transform((v) => v ?? null),
  notes: optionalText('Notes', 1000),
  alertCaseManager: z.boolean().default(false),
});

export const registerInput = z.object({
  sessionId: id('Session'),
  rows: z.array(registerRow).min(1, 'The register has no rows'),
});

const booking = z.object({
  orderId: z.number(),
  personName: z.string(),
  caseReference: z.string(),
  outcome: z.enum(codesOf(outcomes)).nullable(),
  arrivedAt: z.string().nullable(),
  leftAt: z.string().nullable(),
  penaltyMinutes: z.number(),
  creditedMinutes: z.number(),
  workQuality: z.enum(codesOf(ratings)).nullable(),
  behaviour: z.enum(codesOf(ratings)).nullable(),
  standDownCause: z.enum(codesOf(standDownCauses)).nullable(),
  notes: z.string().nullable(),
  alertCaseManager: z.boolean(),
});

const sessionRow = z.object({
  id: z.number(),
  placementId: z.number(),
  placementName: z.string(),
  placementType: z.enum(codesOf(placementTypes)),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  leaderId: z.number().nullable(),
  leaderName: z.string().nullable(),
  capacity: z.number(),
  booked: z.number(),
  recorded: z.number(),
});

const sessionDetail = sessionRow.extend({ bookings: z.array(booking) });

export const sessions = {
  create: write(
    'Arrange a session at a placement on a date, with its leader and capacity.',
    sessionInput,
    sessionRow,
  ),
  list: read(
    'Sessions between two dates, optionally of one placement type, earliest first.',
    z.object({
      from: isoDate('From'),
      to: isoDate('To'),
      placementType: oneOf('Placement type', placementTypes).optional(),
    }),
    z.array(sessionRow),
  ),
  get: read(
    'One session with the people booked and their outcomes.',
    z.object({ id: id('Session') }),
    sessionDetail,
    { auditRead: true },
  ),
  overdue: read(
    'Past sessions whose register is overdue (people booked without an outcome, past the policy’s days), oldest first.',
    z.object({}),
    z.array(sessionRow.extend({ daysSince: z.number() })),
  ),
  book: write(
    'Book a person (by order) on a session.',
    z.object({ sessionId: id('Session'), orderId: id('Order') }),
    sessionDetail,
  ),
  unbook: write(
    'Take a booking off a session before its outcome is recorded.',
    z.object({ sessionId: id('Session'), orderId: id('Order') }),
    sessionDetail,
  ),
  recordRegister: write(
    'Record a session’s register: every row or none, with the credit each outcome earns.',
    registerInput,
    sessionDetail,
  ),
};

export type SessionRow = z.output<typeof sessionRow>;
export type SessionDetail = z.output<typeof sessionDetail>;
export type RegisterRowInput = z.input<typeof registerRow>;
