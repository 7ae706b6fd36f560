import { z } from 'zod';
import {
  codesOf,
  disabilityAnswers,
  ethnicities,
  genders,
  orderStatuses,
  religions,
} from '../codes';
import { read, write } from './procedure';
import {
  id,
  isoDate,
  listOf,
  listPage,
  oneOf,
  optionalEmail,
  optionalText,
  requiredText,
} from './fields';

/** Case references are upper-cased and trimmed so that "ab123" and "AB123 " are one person. */
const caseReference = requiredText('Case reference', 20)
  .transform((v) => v.toUpperCase())
  .refine((v) => /^[A-Z0-9/-]+$/.test(v), 'Case reference may hold only letters, digits, / and -');

export const personInput = z.object({
  familyName: requiredText('Family name', 100),
  givenNames: requiredText('Given names', 100),
  dateOfBirth: isoDate('Date of birth'),
  caseReference,
  gender: oneOf('Gender', genders),
  ethnicity: oneOf('Ethnicity', ethnicities),
  disability: oneOf('Disability', disabilityAnswers),
  disabilityDetails: optionalText('Disability details', 500),
  religion: oneOf('Religion', religions),
  firstLanguage: requiredText('First language', 60),
  interpreterNeeded: z.boolean({ error: 'Interpreter needed must be yes or no' }),
  phone: optionalText('Phone', 40),
  email: optionalEmail('Email'),
  address: optionalText('Address', 300),
  postcode: optionalText('Postcode', 10).transform((v) => v?.toUpperCase() ?? null),
  caseManagerId: id('Case manager'),
});

const person = z.object({
  id: z.number(),
  familyName: z.string(),
  givenNames: z.string(),
  dateOfBirth: z.string(),
  caseReference: z.string(),
  gender: z.enum(codesOf(genders)),
  ethnicity: z.enum(codesOf(ethnicities)),
  disability: z.enum(codesOf(disabilityAnswers)),
  disabilityDetails: z.string().nullable(),
  religion: z.enum(codesOf(religions)),
  firstLanguage: z.string(),
  interpreterNeeded: z.boolean(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  caseManagerId: z.number(),
  caseManagerName: z.string(),
});

const personOrder = z.object({
  id: z.number(),
  sentenceDate: z.string(),
  courtName: z.string(),
  hoursOrderedMinutes: z.number(),
  creditedMinutes: z.number(),
  endDate: z.string(),
  status: z.enum(codesOf(orderStatuses)),
});

const personRow = z.object({
  id: z.number(),
  name: z.string(),
  caseReference: z.string(),
  dateOfBirth: z.string(),
  gender: z.enum(codesOf(genders)),
  caseManagerName: z.string(),
  liveOrders: z.number(),
  outstandingMinutes: z.number(),
});

export const peopleSortFields = [
  'name',
  'caseReference',
  'dateOfBirth',
  'liveOrders',
  'outstandingMinutes',
] as const;

export const people = {
  create: write('Register a person on probation.', personInput, person),
  update: write('Change a person’s details.', personInput.extend({ id: id('Person') }), person),
  get: read(
    'One person with their orders.',
    z.object({ id: id('Person') }),
    person.extend({ orders: z.array(personOrder) }),
    { auditRead: true },
  ),
  list: read(
    'People, searched by name, case reference or date of birth (dd/mm/yyyy), a page at a time.',
    z.object({
      ...listPage,
      sortField: z
        .enum(peopleSortFields, { error: 'Sort must be by a column of the list' })
        .default('name'),
      gender: oneOf('Gender', genders).optional(),
      liveOnly: z.boolean().default(false),
    }),
    listOf(personRow),
  ),
};

export type PersonInput = z.input<typeof personInput>;
export type Person = z.output<typeof person>;
export type PersonRow = z.output<typeof personRow>;
