import { z } from 'zod';
import { codesOf, offenceCategories, orderStatuses, requirementTypes } from '../codes';
import { read, write } from './procedure';
import { id, isoDate, listOf, listPage, oneOf, requiredText, wholeNumber } from './fields';

export const orderInput = z.object({
  personId: id('Person'),
  courtId: id('Court'),
  sentenceDate: isoDate('Sentence date'),
  /** Whole hours as the court orders them; the age-specific limit is checked against the person. */
  hours: wholeNumber('Hours', 40, 300),
  requirementType: oneOf('Requirement type', requirementTypes),
  offenceCategory: oneOf('Offence category', offenceCategories),
  offence: requiredText('Offence', 300),
});

export const extensionInput = z.object({
  orderId: id('Order'),
  grantedOn: isoDate('Date granted'),
  newEndDate: isoDate('New end date'),
  reason: requiredText('Reason', 500),
});

export const adjustmentInput = z.object({
  orderId: id('Order'),
  date: isoDate('Date'),
  minutes: wholeNumber('Minutes', 1, 300 * 60),
  reason: requiredText('Reason', 500),
});

const ledgerEntry = z.object({
  date: z.string(),
  kind: z.enum(['ADJUSTMENT', 'SESSION']),
  description: z.string(),
  creditedMinutes: z.number(),
  /** Hours outstanding after this entry. */
  balanceMinutes: z.number(),
});

const order = z.object({
  id: z.number(),
  personId: z.number(),
  personName: z.string(),
  caseReference: z.string(),
  dateOfBirth: z.string(),
  ageAtSentence: z.number(),
  courtId: z.number(),
  courtName: z.string(),
  sentenceDate: z.string(),
  hoursOrderedMinutes: z.number(),
  requirementType: z.enum(codesOf(requirementTypes)),
  offenceCategory: z.enum(codesOf(offenceCategories)),
  offence: z.string(),
  status: z.enum(codesOf(orderStatuses)),
  endedOn: z.string().nullable(),
  endDate: z.string(),
  daysLeft: z.number(),
  creditedMinutes: z.number(),
  outstandingMinutes: z.number(),
  caseManagerName: z.string(),
});

const progress = z.object({
  offeredPerWeekMinutes: z.number(),
  minimumPerWeekMinutes: z.number(),
  belowMinimum: z.boolean(),
  projectedFinish: z.string().nullable(),
  atRisk: z.boolean(),
  reasons: z.array(z.string()),
});

const orderDetail = order.extend({
  progress,
  extensions: z.array(
    z.object({ id: z.number(), grantedOn: z.string(), newEndDate: z.string(), reason: z.string() }),
  ),
  ledger: z.array(ledgerEntry),
});

const orderRow = order.pick({
  id: true,
  personId: true,
  personName: true,
  caseReference: true,
  courtName: true,
  sentenceDate: true,
  hoursOrderedMinutes: true,
  requirementType: true,
  status: true,
  endDate: true,
  daysLeft: true,
  creditedMinutes: true,
  outstandingMinutes: true,
});

const orderAtRisk = orderRow
  .pick({
    id: true,
    personId: true,
    personName: true,
    caseReference: true,
    endDate: true,
    daysLeft: true,
    outstandingMinutes: true,
  })
  .extend({ caseManagerName: z.string(), progress });

export const orderSortFields = [
  'personName',
  'caseReference',
  'courtName',
  'sentenceDate',
  'hoursOrderedMinutes',
  'endDate',
  'outstandingMinutes',
] as const;

export const orders = {
  create: write('Register an unpaid work order for a person.', orderInput, order),
  get: read(
    'One order with its extensions and hours ledger.',
    z.object({ id: id('Order') }),
    orderDetail,
    { auditRead: true },
  ),
  list: read(
    'Orders, searched by name, case reference or date of birth, filtered and sorted, a page at a time.',
    z.object({
      ...listPage,
      sortField: z
        .enum(orderSortFields, { error: 'Sort must be by a column of the list' })
        .default('endDate'),
      status: oneOf('Status', orderStatuses).optional(),
      courtId: id('Court').optional(),
      requirementType: oneOf('Requirement type', requirementTypes).optional(),
      endingWithinWeeks: wholeNumber('Ending within (weeks)', 1, 52).optional(),
    }),
    listOf(orderRow),
  ),
  atRisk: read(
    'Live orders at risk of missing their end date at the hours booked, with the reasons, nearest end date first.',
    z.object({}),
    z.array(orderAtRisk),
  ),
  extend: write(
    'Record a court’s extension of the completion period.',
    extensionInput,
    orderDetail,
  ),
  creditAdjustment: write(
    'Credit hours worked outside Amends (for example before a transfer in), with the reason.',
    adjustmentInput,
    orderDetail,
  ),
};

export type Order = z.output<typeof order>;
export type OrderDetail = z.output<typeof orderDetail>;
export type OrderRow = z.output<typeof orderRow>;
export type OrderAtRisk = z.output<typeof orderAtRisk>;
export type OrderInput = z.input<typeof orderInput>;
