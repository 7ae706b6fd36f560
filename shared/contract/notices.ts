import { z } from 'zod';
import { codesOf, courtKinds } from '../codes';
import { managers, read, write } from './procedure';
import { id, isoDate, listOf, listPage, requiredText } from './fields';

/**
 * Court shortfall notices: a notice tells one court, for a period, how far the office falls short
 * of delivering the unpaid work it is sentencing people to. The figures are worked out from the
 * data, each with its definition in words; once issued they are kept exactly as they were.
 */

/** How a figure's value reads: a number of things, minutes (shown as hours), working days, or a plain number. */
export const figureUnits = ['count', 'minutes', 'workingDays', 'number'] as const;
export type FigureUnit = (typeof figureUnits)[number];

const figure = z.object({
  key: z.string(),
  /** The heading it is shown under: Orders, Waiting, Stand-downs in the period… */
  group: z.string(),
  label: z.string(),
  unit: z.enum(figureUnits),
  /** For the court's own orders; null where the figure is the office's alone (supervisors, places). */
  court: z.number().nullable(),
  /** For the whole office; null where there is nothing to show (nobody waiting: no longest wait). */
  office: z.number().nullable(),
  definition: z.string(),
});

/** The figures of a notice, as worked out on `asOf` (and, once issued, frozen). */
export const noticeFigures = z.object({
  court: z.object({ id: z.number(), name: z.string(), kind: z.enum(codesOf(courtKinds)) }),
  period: z.object({ from: z.string(), to: z.string() }),
  /** The day the figures were worked out: "now" for the figures that are not of the period. */
  asOf: z.string(),
  /** The policy settings in force on that day that the figures used. */
  policy: z.object({
    minimumHoursPerWeek: z.number(),
    peoplePerSupervisor: z.number(),
    workingDaysToFirstSession: z.number(),
  }),
  figures: z.array(figure),
  /** Whether the office can offer fewer hours a week than its orders need. */
  hoursShort: z.boolean(),
  /** Whether its supervisors in post can work fewer supervisor-sessions a week than were needed. */
  supervisorsShort: z.boolean(),
  /** One or two sentences a court reads first. */
  summary: z.string(),
  /** How the figures as a whole are to be read (what is "now", what is the period's). */
  notes: z.array(z.string()),
});

const period = {
  courtId: id('Court'),
  from: isoDate('From'),
  to: isoDate('To'),
};

export const previewInput = z.object(period);

export const issueInput = z.object({
  ...period,
  actions: requiredText('What the office is doing', 4000),
  signedOffBy: requiredText('Signed off by', 120),
  signedOffRole: requiredText('Role of the person signing', 120),
});

const notice = z.object({
  id: z.number(),
  number: z.string(),
  courtId: z.number(),
  periodFrom: z.string(),
  periodTo: z.string(),
  issuedOn: z.string(),
  signedOffBy: z.string(),
  signedOffRole: z.string(),
  actions: z.string(),
  issuedByAccount: z.string(),
  figures: noticeFigures,
});

const letterhead = z.object({
  name: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});

/** A line of the register: the notice and the figures a reader looks for first. */
const registerRow = z.object({
  id: z.number(),
  number: z.string(),
  courtName: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  issuedOn: z.string(),
  signedOffBy: z.string(),
  signedOffRole: z.string(),
  /** The court's live orders and hours outstanding on them, as issued. */
  liveOrders: z.number().nullable(),
  hoursOutstandingMinutes: z.number().nullable(),
  ordersAtRisk: z.number().nullable(),
  /** The office's hours a week: what it can offer against what its orders need, as issued. */
  offerableMinutes: z.number().nullable(),
  neededMinutes: z.number().nullable(),
});

const capacity = z.object({
  asOf: z.string(),
  /** The four weeks up to today whose sessions give the supervisors needed. */
  from: z.string(),
  offerableMinutes: z.number(),
  neededMinutes: z.number(),
  supervisorsInPost: z.number(),
  supervisorSessionsAvailable: z.number(),
  supervisorSessionsNeeded: z.number(),
  hoursShort: z.boolean(),
  supervisorsShort: z.boolean(),
  /** A notice is suggested whenever either falls short. */
  suggested: z.boolean(),
  lastNotice: z
    .object({ id: z.number(), number: z.string(), issuedOn: z.string(), courtName: z.string() })
    .nullable(),
});

export const notices = {
  preview: read(
    'The figures of a court shortfall notice for a court and a period, each with its definition, worked out now.',
    previewInput,
    noticeFigures,
  ),
  issue: write(
    'Issue a court shortfall notice: numbered, dated, signed off, with its figures kept exactly as they are today.',
    issueInput,
    notice,
    { roles: managers },
  ),
  list: read(
    'The register of court shortfall notices issued, latest first, with their key figures as issued.',
    z.object({ page: listPage.page, pageSize: listPage.pageSize }),
    listOf(registerRow),
  ),
  get: read(
    'One court shortfall notice exactly as issued, with the office’s letterhead.',
    z.object({ id: id('Notice') }),
    notice.extend({ office: letterhead }),
    { auditRead: true },
  ),
  capacityCheck: read(
    'Whether the office can offer the hours its orders need and has the supervisors for them, and the last notice issued.',
    z.object({}),
    capacity,
  ),
};

export type NoticeFigures = z.output<typeof noticeFigures>;
export type NoticeFigure = z.output<typeof figure>;
export type Notice = z.output<typeof notice>;
export type IssuedNotice = z.output<(typeof notices)['get']['output']>;
export type NoticeRegisterRow = z.output<typeof registerRow>;
export type IssueInput = z.input<typeof issueInput>;
export type CapacityCheck = z.output<typeof capacity>;
