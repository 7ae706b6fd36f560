import { z } from 'zod';
import { codesOf } from '../codes';
import {
  basicSkillLevels,
  placementPreferences,
  skills,
  slots,
  transportModes,
  type Slot,
} from '../placement-codes';
import { read, write } from './procedure';
import { codeArray, id, isoDate, oneOf, optionalText, requiredText, slotList } from './fields';

export const inductionInput = z.object({
  orderId: id('Order'),
  inductedOn: isoDate('Date of induction'),
  inductedBy: id('Member of staff'),
  availability: slotList('Availability', 'choose at least one day and time the person can work'),
  health: optionalText('Health', 1000),
  wheelchairUser: z.boolean({ error: 'Wheelchair user must be yes or no' }),
  caringDuties: optionalText('Caring duties', 1000),
  transport: oneOf('Travel', transportModes),
  homeArea: optionalText('Home area', 120),
  reading: oneOf('Reading', basicSkillLevels),
  writing: oneOf('Writing', basicSkillLevels),
  numeracy: oneOf('Numeracy', basicSkillLevels),
  skills: codeArray('Skills', skills),
  workHistory: optionalText('Work history', 2000),
  employabilityNeed: z.boolean({ error: 'Employability need must be yes or no' }),
  employabilityNotes: optionalText('Employability notes', 1000),
  religiousObservance: optionalText('Religious observance', 500),
  languageNeeds: optionalText('Language needs', 500),
  preference: oneOf('Placement preference', placementPreferences),
  clothingSize: requiredText('Clothing size', 20),
  footwearSize: requiredText('Footwear size', 20),
  gloveSize: optionalText('Glove size', 20),
  healthAndSafetyBriefed: z.boolean({ error: 'Health and safety briefing must be yes or no' }),
});

const induction = z.object({
  id: z.number(),
  orderId: z.number(),
  inductedOn: z.string(),
  inductedBy: z.number(),
  inductedByName: z.string(),
  availability: z.array(z.enum(slots as [Slot, ...Slot[]])),
  health: z.string().nullable(),
  wheelchairUser: z.boolean(),
  caringDuties: z.string().nullable(),
  transport: z.enum(codesOf(transportModes)),
  homeArea: z.string().nullable(),
  reading: z.enum(codesOf(basicSkillLevels)),
  writing: z.enum(codesOf(basicSkillLevels)),
  numeracy: z.enum(codesOf(basicSkillLevels)),
  skills: z.array(z.enum(codesOf(skills))),
  workHistory: z.string().nullable(),
  employabilityNeed: z.boolean(),
  employabilityNotes: z.string().nullable(),
  religiousObservance: z.string().nullable(),
  languageNeeds: z.string().nullable(),
  preference: z.enum(codesOf(placementPreferences)),
  clothingSize: z.string(),
  footwearSize: z.string(),
  gloveSize: z.string().nullable(),
  healthAndSafetyBriefed: z.boolean(),
});

export const inductions = {
  record: write(
    'Record the induction interview; a later one replaces it as the needs profile.',
    inductionInput,
    induction,
  ),
  latest: read(
    'The latest induction of an order, or null.',
    z.object({ orderId: id('Order') }),
    induction.nullable(),
    { auditRead: true },
  ),
};

export type Induction = z.output<typeof induction>;
