import { z } from 'zod';
import { codesOf } from '../codes';
import {
  placementSuits,
  placementTypes,
  qualityFeatures,
  riskFlags,
  riskLevels,
  skills,
  slots,
  type Slot,
} from '../placement-codes';
import { managers, read, write } from './procedure';
import {
  codeArray,
  id,
  isoDate,
  oneOf,
  optionalEmail,
  optionalText,
  requiredText,
  slotList,
  timeOfDay,
  wholeNumber,
} from './fields';

export const placementInput = z
  .object({
    id: id('Placement').optional(),
    name: requiredText('Placement name', 120),
    beneficiary: requiredText('Beneficiary', 160),
    contactName: requiredText('Contact name', 120),
    contactPhone: optionalText('Contact phone', 40),
    contactEmail: optionalEmail('Contact email'),
    address: requiredText('Address', 300),
    area: requiredText('Area', 120),
    type: oneOf('Type', placementTypes),
    sessions: slotList('Sessions', 'choose at least one day and time the placement runs'),
    startTime: timeOfDay('Start time'),
    endTime: timeOfDay('End time'),
    capacity: wholeNumber('Capacity per session', 1, 60),
    maxRiskLevel: oneOf('Highest risk level accepted', riskLevels),
    excludedFlags: codeArray('Risk flags it cannot take', riskFlags),
    suits: codeArray('Who it suits', placementSuits),
    features: codeArray('Quality features', qualityFeatures),
    skills: codeArray('Skills it offers', skills),
    transportProvided: z.boolean({ error: 'Transport provided must be yes or no' }),
    healthAndSafetyAssessedOn: isoDate('Health and safety assessment date'),
    healthAndSafetyReviewDue: isoDate('Health and safety review date'),
    healthAndSafetyNotes: optionalText('Health and safety notes', 2000),
    active: z.boolean({ error: 'Active must be yes or no' }).default(true),
  })
  .superRefine((p, ctx) => {
    if (p.endTime <= p.startTime) {
      ctx.addIssue({
        code: 'custom',
        path: ['endTime'],
        message: 'End time must be after the start time',
      });
    }
    if (p.healthAndSafetyReviewDue <= p.healthAndSafetyAssessedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['healthAndSafetyReviewDue'],
        message: 'Health and safety review date must be after the assessment date',
      });
    }
  });

export const reviewInput = z
  .object({
    id: id('Placement'),
    assessedOn: isoDate('Date of review'),
    reviewDue: isoDate('Next review date'),
    notes: optionalText('Notes', 2000),
  })
  .refine((r) => r.reviewDue > r.assessedOn, {
    path: ['reviewDue'],
    message: 'Next review date must be after the date of review',
  });

const placement = z.object({
  id: z.number(),
  name: z.string(),
  beneficiary: z.string(),
  contactName: z.string(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  address: z.string(),
  area: z.string(),
  type: z.enum(codesOf(placementTypes)),
  sessions: z.array(z.enum(slots as [Slot, ...Slot[]])),
  startTime: z.string(),
  endTime: z.string(),
  capacity: z.number(),
  maxRiskLevel: z.enum(codesOf(riskLevels)),
  excludedFlags: z.array(z.enum(codesOf(riskFlags))),
  suits: z.array(z.enum(codesOf(placementSuits))),
  features: z.array(z.enum(codesOf(qualityFeatures))),
  skills: z.array(z.enum(codesOf(skills))),
  transportProvided: z.boolean(),
  healthAndSafetyAssessedOn: z.string(),
  healthAndSafetyReviewDue: z.string(),
  healthAndSafetyNotes: z.string().nullable(),
  active: z.boolean(),
  allocated: z.number(),
  /** People it can hold: its capacity per session × its sessions a week (each person works one a week). */
  places: z.number(),
  /** False once the review date has passed: no new allocations until reviewed. */
  healthAndSafetyInDate: z.boolean(),
});

export const placements = {
  list: read(
    'Every placement, active first, with how many are allocated to each.',
    z.object({}),
    z.array(placement),
  ),
  get: read('One placement.', z.object({ id: id('Placement') }), placement),
  save: write('Add a placement, or change one (by id).', placementInput, placement, {
    roles: managers,
  }),
  reviewHealthAndSafety: write(
    'Record a review of a placement’s health and safety risk assessment.',
    reviewInput,
    placement,
    { roles: managers },
  ),
};

export type Placement = z.output<typeof placement>;
export type PlacementInput = z.input<typeof placementInput>;
