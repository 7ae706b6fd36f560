import { z } from 'zod';
import { policyFields, type Policy } from '../policy';
import { managers, read, write } from './procedure';
import { isoDate, requiredText, wholeNumber } from './fields';

const values = z.object(
  Object.fromEntries(
    policyFields.map((f) => [f.key, wholeNumber(f.label, f.min, f.max)]),
  ) as Record<keyof Policy, ReturnType<typeof wholeNumber>>,
);

const version = z.object({
  versionId: z.number().nullable(),
  effectiveFrom: z.string().nullable(),
  values,
});

export const policyChangeInput = z.object({
  effectiveFrom: isoDate('In force from'),
  values,
  reason: requiredText('Reason for the change', 500),
});

export const policy = {
  current: read(
    'The policy settings in force on a date (today if none is given).',
    z.object({ on: isoDate('Date').optional() }),
    version,
  ),
  history: read(
    'Every version of the settings, newest first, with who changed them and why.',
    z.object({}),
    z.array(
      version.extend({
        reason: z.string(),
        changedBy: z.number().nullable(),
        changedByName: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
  ),
  change: write(
    'Set new values in force from a date (today or later); earlier records keep theirs.',
    policyChangeInput,
    version,
    {
      roles: managers,
    },
  ),
};
