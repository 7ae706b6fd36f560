import { z } from 'zod';
import { codesOf } from '../codes';
import { assessmentKinds, restrictions, riskFlags, riskLevels } from '../placement-codes';
import { read, write } from './procedure';
import { codeArray, id, isoDate, oneOf, optionalText, requiredText } from './fields';

export const assessmentInput = z
  .object({
    orderId: id('Order'),
    level: oneOf('Risk level', riskLevels),
    flags: codeArray('Risk flags', riskFlags),
    restrictions: codeArray('Restrictions', restrictions),
    exclusionArea: optionalText('Exclusion area', 120),
    kind: oneOf('Kind of assessment', assessmentKinds),
    assessor: requiredText('Assessor', 120),
    assessedOn: isoDate('Date assessed'),
    notes: optionalText('Notes', 2000),
  })
  .superRefine((a, ctx) => {
    const excluded = a.restrictions.includes('VICTIM_EXCLUSION_AREA');
    if (excluded && !a.exclusionArea) {
      ctx.addIssue({
        code: 'custom',
        path: ['exclusionArea'],
        message: 'Exclusion area is required with a victim exclusion area restriction',
      });
    }
    if (!excluded && a.exclusionArea) {
      ctx.addIssue({
        code: 'custom',
        path: ['exclusionArea'],
        message: 'Exclusion area is only for a victim exclusion area restriction',
      });
    }
    if (a.restrictions.includes('GROUP_ONLY') && a.restrictions.includes('INDIVIDUAL_ONLY')) {
      ctx.addIssue({
        code: 'custom',
        path: ['restrictions'],
        message: 'Restrictions cannot be both group only and individual only',
      });
    }
  });

const assessment = z.object({
  id: z.number(),
  orderId: z.number(),
  level: z.enum(codesOf(riskLevels)),
  flags: z.array(z.enum(codesOf(riskFlags))),
  restrictions: z.array(z.enum(codesOf(restrictions))),
  exclusionArea: z.string().nullable(),
  kind: z.enum(codesOf(assessmentKinds)),
  assessor: z.string(),
  assessedOn: z.string(),
  notes: z.string().nullable(),
  current: z.boolean(),
});

export const risk = {
  record: write(
    'Record a risk of harm assessment (a reassessment keeps the earlier ones).',
    assessmentInput,
    assessment,
  ),
  history: read(
    'Every risk of harm assessment of an order, newest first; the first is the current one.',
    z.object({ orderId: id('Order') }),
    z.array(assessment),
    { auditRead: true },
  ),
};

export type Assessment = z.output<typeof assessment>;
