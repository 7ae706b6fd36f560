import { z } from 'zod';
import { codesOf } from '../codes';
import { placementTypes, riskLevels } from '../placement-codes';
import { managers, read, write } from './procedure';
import { id, optionalText } from './fields';

const allowedPlacement = z.object({
  placementId: z.number(),
  name: z.string(),
  type: z.enum(codesOf(placementTypes)),
  area: z.string(),
  rank: z.number(),
  score: z.number(),
  reasons: z.array(z.string()),
  placesLeft: z.number(),
});

const refusedPlacement = z.object({
  placementId: z.number(),
  name: z.string(),
  type: z.enum(codesOf(placementTypes)),
  area: z.string(),
  reasons: z.array(z.string()),
});

const currentAllocation = z.object({
  id: z.number(),
  placementId: z.number(),
  placementName: z.string(),
  allocatedOn: z.string(),
  fitScore: z.number(),
  rank: z.number(),
  reason: z.string().nullable(),
  method: z.enum(['SINGLE', 'BATCH']),
});

const waitingRow = z.object({
  orderId: z.number(),
  personId: z.number(),
  personName: z.string(),
  caseReference: z.string(),
  sentenceDate: z.string(),
  stage: z.enum(['ASSESSMENT', 'INDUCTION', 'PPWS', 'ALLOCATION']),
  riskLevel: z.enum(codesOf(riskLevels)).nullable(),
  inductedOn: z.string().nullable(),
  daysSinceSentence: z.number(),
  daysSinceInduction: z.number().nullable(),
  inductionDue: z.string(),
  firstSessionDue: z.string(),
  /** Working days past the later of the two targets missed; 0 when none is missed. */
  workingDaysOverdue: z.number(),
});

const proposal = z.object({
  waiting: z.number(),
  placed: z.number(),
  totalFit: z.number(),
  assignments: z.array(
    z.object({
      orderId: z.number(),
      personName: z.string(),
      caseReference: z.string(),
      placementId: z.number(),
      placementName: z.string(),
      score: z.number(),
      reasons: z.array(z.string()),
    }),
  ),
  unassigned: z.array(
    z.object({ orderId: z.number(), personName: z.string(), reason: z.string() }),
  ),
});

export const allocation = {
  options: read(
    'For one order: every active placement, allowed (ranked by fit) or refused (with the reasons), and the current allocation.',
    z.object({ orderId: id('Order') }),
    z.object({
      allowed: z.array(allowedPlacement),
      refused: z.array(refusedPlacement),
      current: currentAllocation.nullable(),
    }),
    { auditRead: true },
  ),
  allocate: write(
    'Allocate an order to an allowed placement; a lower-ranked choice needs a reason.',
    z.object({
      orderId: id('Order'),
      placementId: id('Placement'),
      reason: optionalText('Reason', 500),
    }),
    currentAllocation,
    { roles: managers },
  ),
  propose: read(
    'The best allocation of everyone ready and waiting, under the placements’ capacities.',
    z.object({}),
    proposal,
    { roles: managers },
  ),
  accept: write(
    'Allocate the chosen pairs of a proposal, all or none.',
    z.object({
      assignments: z
        .array(z.object({ orderId: id('Order'), placementId: id('Placement') }))
        .min(1, 'Choose at least one allocation to accept'),
    }),
    z.object({ allocated: z.number() }),
    { roles: managers },
  ),
  waitingList: read(
    'Live orders not yet allocated, most overdue first.',
    z.object({}),
    z.array(waitingRow),
  ),
};

export type AllocationOptions = z.output<(typeof allocation)['options']['output']>;
export type WaitingRow = z.output<typeof waitingRow>;
export type Proposal = z.output<typeof proposal>;
