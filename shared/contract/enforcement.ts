import { z } from 'zod';
import { codesOf } from '../codes';
import { outcomes } from '../placement-codes';
import { enforcementDecisions } from '../session-codes';
import { read, write } from './procedure';
import { id, oneOf, requiredText, wholeNumber } from './fields';

/** Days a warning gives the person to get in touch (the letter says so). */
export const respondWithinDays = 7;

/** Evidence that makes an absence acceptable is described, not just ticked. */
export const evidenceMinLength = 20;

export const decideInput = z
  .object({
    bookingId: id('Failure'),
    decision: oneOf('Decision', enforcementDecisions),
    reason: requiredText('Reason', 2000),
  })
  .superRefine((d, ctx) => {
    if (d.decision === 'ACCEPTABLE' && d.reason.length < evidenceMinLength) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: `Reason must describe the evidence that makes the absence acceptable (at least ${evidenceMinLength} characters)`,
      });
    }
  });

const step = z.enum(['WARNING', 'BREACH']);
const outcome = z.enum(codesOf(outcomes));
const decisionCode = z.enum(codesOf(enforcementDecisions));

const pendingRow = z.object({
  bookingId: z.number(),
  orderId: z.number(),
  personName: z.string(),
  caseReference: z.string(),
  sessionDate: z.string(),
  placementName: z.string(),
  outcome,
  /** The step the rules call for, and why in words. */
  step,
  why: z.string(),
  /** Days since the failure. */
  daysWaiting: z.number(),
});

const decision = z.object({
  id: z.number(),
  orderId: z.number(),
  bookingId: z.number(),
  personName: z.string(),
  caseReference: z.string(),
  decision: decisionCode,
  failureDate: z.string(),
  placementName: z.string(),
  outcome,
  decidedOn: z.string(),
  respondBy: z.string().nullable(),
  reason: z.string(),
  decidedBy: z.string(),
  /** A warning or a breach referral has a letter to print; accepted evidence has none. */
  letterAvailable: z.boolean(),
});

const letter = z.object({
  id: z.number(),
  decision: step,
  decidedOn: z.string(),
  respondBy: z.string().nullable(),
  respondWithinDays: z.number(),
  decidedBy: z.string(),
  reason: z.string(),
  warningWindowMonths: z.number(),
  office: z.object({
    name: z.string(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  }),
  person: z.object({
    name: z.string(),
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    caseReference: z.string(),
  }),
  order: z.object({
    id: z.number(),
    courtName: z.string(),
    sentenceDate: z.string(),
    endDate: z.string(),
    hoursOrderedMinutes: z.number(),
    creditedMinutes: z.number(),
    outstandingMinutes: z.number(),
    caseManagerName: z.string(),
  }),
  failure: z.object({
    date: z.string(),
    startTime: z.string(),
    placementName: z.string(),
    outcome,
    outcomeLabel: z.string(),
  }),
  /** For a breach referral: the warning it follows. */
  earlierWarning: z.object({ decidedOn: z.string(), failureDate: z.string() }).nullable(),
});

export const enforcement = {
  pending: read(
    'Every enforceable outcome on a live order still waiting for a decision, oldest first, with the step the rules call for.',
    z.object({}),
    z.array(pendingRow),
  ),
  decide: write(
    'Decide on an enforceable failure: a warning letter or a breach referral (the step the rules call for), or evidence accepted.',
    decideInput,
    decision,
  ),
  history: read(
    'Every enforcement decision on an order, oldest first.',
    z.object({ orderId: id('Order') }),
    z.array(decision),
  ),
  recent: read(
    'The latest enforcement decisions across the office, newest first.',
    z.object({ limit: wholeNumber('Number of decisions', 1, 100).default(25) }),
    z.array(decision),
  ),
  letter: read(
    'What a printed warning letter or breach referral says: letterhead, addressee, failure, hours and who signed.',
    z.object({ decisionId: id('Decision') }),
    letter,
    { auditRead: true },
  ),
};

export type PendingFailure = z.output<typeof pendingRow>;
export type EnforcementDecisionRow = z.output<typeof decision>;
export type Letter = z.output<typeof letter>;
export type DecideInput = z.input<typeof decideInput>;
