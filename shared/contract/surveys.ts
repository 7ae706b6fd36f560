import { z } from 'zod';
import { codes, codesOf } from '../codes';
import { placementTypes } from '../placement-codes';
import { answers } from '../session-codes';
import { read, write } from './procedure';
import { id, isoDate, optionalText, requiredText } from './fields';

/** A survey falls due within this many days: it shows as due before it is overdue. */
export const dueSoonDays = 30;

/** Where a placement's next survey stands on a day. */
export const surveyStates = codes([
  { code: 'OVERDUE', label: 'Overdue' },
  { code: 'DUE', label: `Due within ${dueSoonDays} days` },
  { code: 'NOT_DUE', label: 'Not due yet' },
] as const);
export type SurveyState = (typeof surveyStates)[number]['code'];

/** The beneficiary's satisfaction, 1 to 5, in words as well as stars. */
export const satisfactionLabels: Record<number, string> = {
  1: 'Very dissatisfied',
  2: 'Dissatisfied',
  3: 'Neither satisfied nor dissatisfied',
  4: 'Satisfied',
  5: 'Very satisfied',
};

/** 1 (very dissatisfied) to 5 (very satisfied); given as stars, so an empty one asks for a choice. */
function satisfaction(label: string) {
  const range = `${label} must be a whole number from 1 to 5`;
  return z
    .number({ error: `${label} is required: choose from 1 to 5 stars` })
    .int(range)
    .min(1, range)
    .max(5, range);
}

const takeAgain = 'Whether they would take people on placement again';

export const surveyInput = z.object({
  placementId: id('Placement'),
  surveyedOn: isoDate('Date of survey'),
  respondent: requiredText('Respondent', 120),
  qualityRating: satisfaction('Satisfaction with the quality of the work'),
  communicationRating: satisfaction('Satisfaction with communication'),
  /** Asked as radio buttons, so a missing answer asks for a choice and a wrong one lists them. */
  wouldTakeAgain: z.enum(codesOf(answers), {
    error: (issue) =>
      issue.input === undefined
        ? `${takeAgain} is required: choose Yes, No or Not sure`
        : `${takeAgain} must be one of: ${answers.map((a) => a.label).join(', ')}`,
  }),
  valueToThem: requiredText('What the work was worth to them', 2000),
  comments: optionalText('Comments', 2000),
});

const survey = z.object({
  id: z.number(),
  placementId: z.number(),
  placementName: z.string(),
  beneficiary: z.string(),
  surveyedOn: z.string(),
  respondent: z.string(),
  qualityRating: z.number(),
  communicationRating: z.number(),
  wouldTakeAgain: z.enum(codesOf(answers)),
  valueToThem: z.string(),
  comments: z.string().nullable(),
  recordedBy: z.string(),
});

/** One placement's place in the survey schedule. */
const scheduleRow = z.object({
  placementId: z.number(),
  placementName: z.string(),
  beneficiary: z.string(),
  contactName: z.string(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  type: z.enum(codesOf(placementTypes)),
  /** The day the placement was added to Amends (England and Wales). */
  addedOn: z.string(),
  surveys: z.number(),
  lastSurveyedOn: z.string().nullable(),
  nextDue: z.string(),
  state: z.enum(codesOf(surveyStates)),
  /** 0 unless overdue. */
  daysOverdue: z.number(),
});

const summary = z.object({
  count: z.number(),
  /** One decimal place; null when there are no surveys. */
  averageQuality: z.number().nullable(),
  averageCommunication: z.number().nullable(),
  /** Every answer, in the code list's order, with zero where nobody gave it. */
  wouldTakeAgain: z.array(z.object({ answer: z.enum(codesOf(answers)), count: z.number() })),
});

export const surveys = {
  due: read(
    'Every placement in use whose beneficiary is surveyed, with its last survey and when the next is due, overdue first.',
    z.object({}),
    z.object({
      intervalMonths: z.number(),
      overdue: z.number(),
      dueSoon: z.number(),
      rows: z.array(scheduleRow),
    }),
  ),
  record: write(
    'Record a beneficiary’s answers to a survey about a placement.',
    surveyInput,
    survey,
  ),
  list: read(
    'Survey responses between two dates (of the survey), latest first, with their averages.',
    z.object({
      from: isoDate('From'),
      to: isoDate('To'),
      placementId: id('Placement').optional(),
    }),
    z.object({ rows: z.array(survey), summary }),
  ),
  forPlacement: read(
    'One placement’s surveys, latest first, and when its next is due (none for a placement not surveyed).',
    z.object({ placementId: id('Placement') }),
    z.object({
      placementId: z.number(),
      placementName: z.string(),
      surveys: z.array(survey),
      schedule: scheduleRow.nullable(),
    }),
  ),
};

export type Survey = z.output<typeof survey>;
export type SurveyInput = z.input<typeof surveyInput>;
export type SurveyScheduleRow = z.output<typeof scheduleRow>;
export type SurveySummary = z.output<typeof summary>;
