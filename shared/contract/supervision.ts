import { z } from 'zod';
import { codesOf } from '../codes';
import { alertSources, noteAuthors } from '../session-codes';
import { read, write, type AccountRole } from './procedure';
import { id, isoDate, listOf, oneOf, requiredText, wholeNumber } from './fields';

/** Notes come from the register sheets and phone calls too: supervisors may write them. */
export const noteWriters: readonly AccountRole[] = ['MANAGER', 'CASE_ADMINISTRATOR', 'SUPERVISOR'];

export const planInput = z.object({
  orderId: id('Order'),
  agreedOn: isoDate('Date agreed'),
  objectives: z
    .string({ error: 'Objectives are required' })
    .trim()
    .min(1, 'Objectives are required')
    .max(2000, 'Objectives must be at most 2000 characters'),
  reviewEveryWeeks: wholeNumber('Weeks between reviews', 1, 12),
});

export const reviewInput = z.object({
  orderId: id('Order'),
  reviewedOn: isoDate('Date of review'),
  progress: requiredText('Progress', 2000),
});

export const noteInput = z.object({
  orderId: id('Order'),
  author: oneOf('From', noteAuthors),
  text: requiredText('Note', 2000),
  alertCaseManager: z.boolean({ error: 'Alert the case manager must be yes or no' }).default(false),
});

const source = z.enum(codesOf(alertSources));

const plan = z.object({
  agreedOn: z.string(),
  objectives: z.string(),
  reviewEveryWeeks: z.number(),
  agreedBy: z.string(),
});

const nextReview = z.object({
  /** The last review (or the plan's date) plus the weeks between reviews. */
  due: z.string(),
  overdue: z.boolean(),
});

const review = z.object({
  id: z.number(),
  reviewedOn: z.string(),
  progress: z.string(),
  reviewedBy: z.string(),
});

const note = z.object({
  id: z.number(),
  author: z.enum(codesOf(noteAuthors)),
  writtenBy: z.string(),
  text: z.string(),
  alertCaseManager: z.boolean(),
  writtenAt: z.string(),
});

const orderAlert = z.object({
  id: z.number(),
  source,
  raisedOn: z.string(),
  message: z.string(),
  sentOn: z.string().nullable(),
  sentBy: z.string().nullable(),
});

const supervisionDetail = z.object({
  orderId: z.number(),
  plan: plan.nullable(),
  /** Null until a plan is agreed. */
  nextReview: nextReview.nullable(),
  /** The date by which the plan should be agreed (10 working days after sentence). */
  planDue: z.string(),
  reviews: z.array(review),
  notes: z.array(note),
  alerts: z.array(orderAlert),
});

const alertRow = orderAlert.extend({
  orderId: z.number(),
  personName: z.string(),
  caseReference: z.string(),
  caseManagerName: z.string(),
});

const reviewDueRow = z.object({
  orderId: z.number(),
  personName: z.string(),
  caseReference: z.string(),
  caseManagerName: z.string(),
  sentenceDate: z.string(),
  /** NO_PLAN: no plan agreed 10 working days after sentence; REVIEW: a review is due. */
  kind: z.enum(['NO_PLAN', 'REVIEW']),
  due: z.string(),
  overdue: z.boolean(),
  lastReviewedOn: z.string().nullable(),
});

const page = {
  page: wholeNumber('Page', 0, 1_000_000).default(0),
  pageSize: wholeNumber('Page size', 1, 100).default(25),
};

export const supervision = {
  forOrder: read(
    'The order’s supervision plan, its reviews, notes and case manager alerts.',
    z.object({ orderId: id('Order') }),
    supervisionDetail,
    { auditRead: true },
  ),
  savePlan: write(
    'Agree the supervision plan of an order, or change it.',
    planInput,
    supervisionDetail,
  ),
  addReview: write(
    'Record a review of an order’s supervision plan.',
    reviewInput,
    supervisionDetail,
  ),
  addNote: write(
    'Write a note on an order, alerting the case manager if asked.',
    noteInput,
    supervisionDetail,
    { roles: noteWriters },
  ),
  reviewsDue: read(
    'Live orders whose supervision review is due within 7 days or overdue, or with no plan 10 working days after sentence; most overdue first.',
    z.object(page),
    listOf(reviewDueRow),
  ),
  alerts: read(
    'Case manager alerts, open (oldest first) or sent (latest first), a page at a time.',
    z.object({
      open: z.boolean({ error: 'Open must be yes or no' }).default(true),
      ...page,
    }),
    listOf(alertRow),
  ),
  markAlertSent: write(
    'Record that a case manager alert was sent.',
    z.object({ id: id('Alert') }),
    alertRow,
  ),
};

export type SupervisionDetail = z.output<typeof supervisionDetail>;
export type AlertRow = z.output<typeof alertRow>;
export type ReviewDueRow = z.output<typeof reviewDueRow>;
export type SupervisionNote = z.output<typeof note>;
export type SupervisionReview = z.output<typeof review>;
