import { z } from 'zod';
import { codesOf, orderStatuses } from '../codes';
import { skills } from '../placement-codes';
import { answers, endingKinds } from '../session-codes';
import { read, write } from './procedure';
import {
  codeArray,
  id,
  isoDate,
  listOf,
  listPage,
  oneOf,
  optionalText,
  requiredText,
} from './fields';

/** What a completion's reason says when the office gives none: it needs no explaining. */
export const completedReason = 'All hours credited';

export const endingInput = z
  .object({
    orderId: id('Order'),
    kind: oneOf('How the order ended', endingKinds),
    endedOn: isoDate('Date ended'),
    /** Required for every ending but a completion, which explains itself. */
    reason: optionalText('Reason', 1000),
  })
  .superRefine((e, ctx) => {
    if (e.kind !== 'COMPLETED' && !e.reason) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Reason is required unless the order was completed',
      });
    }
  });

const ratingRange = 'How they were treated must be a whole number from 1 to 5';

export const exitInterviewInput = z.object({
  orderId: id('Order'),
  interviewedOn: isoDate('Date of interview'),
  whatTheyDid: requiredText('What they did', 2000),
  whatTheyLearned: requiredText('What they learned', 2000),
  skillsGained: codeArray('Skills gained', skills),
  /** 1 (poorly) to 5 (very well); given as stars, so an empty one asks for a choice. */
  treatmentRating: z
    .number({ error: 'How they were treated is required: choose from 1 to 5 stars' })
    .int(ratingRange)
    .min(1, ratingRange)
    .max(5, ratingRange),
  workWorthwhile: oneOf('Whether the work felt worthwhile', answers),
  willVolunteer: oneOf('Whether they will carry on as a volunteer', answers),
  offeredPaidWork: z.boolean({ error: 'Offered paid work must be yes or no' }),
  furtherOffence: oneOf('Whether any further offence is known since the order began', answers),
  comments: optionalText('Comments', 2000),
});

const ending = z.object({
  kind: z.enum(codesOf(endingKinds)),
  endedOn: z.string(),
  /** Null for an order ended before endings were recorded with their reason. */
  reason: z.string().nullable(),
  recordedBy: z.string().nullable(),
});

const exitInterview = z.object({
  interviewedOn: z.string(),
  whatTheyDid: z.string(),
  whatTheyLearned: z.string(),
  skillsGained: z.array(z.enum(codesOf(skills))),
  treatmentRating: z.number(),
  workWorthwhile: z.enum(codesOf(answers)),
  willVolunteer: z.enum(codesOf(answers)),
  offeredPaidWork: z.boolean(),
  furtherOffence: z.enum(codesOf(answers)),
  comments: z.string().nullable(),
  interviewedBy: z.string(),
});

const orderEnding = z.object({
  orderId: z.number(),
  status: z.enum(codesOf(orderStatuses)),
  ending: ending.nullable(),
  exitInterview: exitInterview.nullable(),
  /** A completed order without an exit interview. */
  exitInterviewMissing: z.boolean(),
});

const missingRow = z.object({
  orderId: z.number(),
  personId: z.number(),
  personName: z.string(),
  caseReference: z.string(),
  completedOn: z.string(),
  daysSince: z.number(),
});

const readyRow = z.object({
  orderId: z.number(),
  personId: z.number(),
  personName: z.string(),
  caseReference: z.string(),
  hoursOrderedMinutes: z.number(),
  creditedMinutes: z.number(),
  /** The date of the latest credit (a session or an adjustment); null when there is none. */
  lastCreditOn: z.string().nullable(),
  endDate: z.string(),
  /** Sessions on or before today booked without an outcome: they must be recorded first. */
  unrecordedSessions: z.number(),
});

export const missingSortFields = ['completedOn', 'personName', 'caseReference'] as const;
export const readySortFields = ['lastCreditOn', 'personName', 'caseReference', 'endDate'] as const;

export const endings = {
  end: write(
    'End an order: completed, revoked, breached and re-sentenced, transferred out or expired.',
    endingInput,
    orderEnding,
  ),
  recordExitInterview: write(
    'Record the exit interview of a completed order.',
    exitInterviewInput,
    orderEnding,
  ),
  forOrder: read(
    'How an order ended and its exit interview, if it has ended.',
    z.object({ orderId: id('Order') }),
    orderEnding,
    { auditRead: true },
  ),
  missingExitInterviews: read(
    'Orders completed in the last 12 months without an exit interview, a page at a time.',
    z.object({
      ...listPage,
      sortField: z
        .enum(missingSortFields, { error: 'Sort must be by a column of the list' })
        .default('completedOn'),
    }),
    listOf(missingRow),
  ),
  readyToComplete: read(
    'Live orders with every hour credited, waiting to be ended as completed, a page at a time.',
    z.object({
      ...listPage,
      sortField: z
        .enum(readySortFields, { error: 'Sort must be by a column of the list' })
        .default('lastCreditOn'),
    }),
    listOf(readyRow),
  ),
};

export type OrderEnding = z.output<typeof orderEnding>;
export type MissingExitInterviewRow = z.output<typeof missingRow>;
export type ReadyToCompleteRow = z.output<typeof readyRow>;
export type EndingInput = z.input<typeof endingInput>;
export type ExitInterviewInput = z.input<typeof exitInterviewInput>;
