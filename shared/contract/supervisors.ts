import { z } from 'zod';
import { codesOf } from '../codes';
import { daysBetween, formatDate, isIsoDate } from '../dates';
import { slots, type Slot } from '../placement-codes';
import { absenceKinds, staffGenders, trainingKinds } from '../session-codes';
import { managers, read, write } from './procedure';
import { id, isoDate, oneOf, optionalText, slotList } from './fields';

/** The longest absence one entry may cover, first and last day included. */
export const longestAbsenceDays = 366;

/** Staff who can lead a work party and so have a rota, absences and training here. */
export const supervisingRoles = ['SUPERVISOR', 'UPW_MANAGER'] as const;

export const trainingStates = ['IN_DATE', 'EXPIRING', 'EXPIRED', 'MISSING'] as const;

export const rotaInput = z.object({
  staffId: id('Supervisor'),
  gender: oneOf('Gender', staffGenders),
  workingSlots: slotList('Working pattern', 'choose at least one day and time they work'),
});

export const absenceInput = z
  .object({
    staffId: id('Supervisor'),
    kind: oneOf('Kind of absence', absenceKinds),
    fromDate: isoDate('First day away'),
    toDate: isoDate('Last day away'),
    notes: optionalText('Notes', 1000),
  })
  .superRefine((a, ctx) => {
    // A date that is not real has its own message already.
    if (!isIsoDate(a.fromDate) || !isIsoDate(a.toDate)) return;
    if (a.toDate < a.fromDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['toDate'],
        message: 'Last day away cannot be before the first day away',
      });
    } else if (daysBetween(a.fromDate, a.toDate) + 1 > longestAbsenceDays) {
      ctx.addIssue({
        code: 'custom',
        path: ['toDate'],
        message: `An absence can be at most ${longestAbsenceDays} days long; ${formatDate(a.fromDate)} to ${formatDate(a.toDate)} is ${daysBetween(a.fromDate, a.toDate) + 1} days`,
      });
    }
  });

export const trainingInput = z
  .object({
    staffId: id('Supervisor'),
    kind: oneOf('Training', trainingKinds),
    completedOn: isoDate('Date completed'),
    expiresOn: isoDate('Expiry date'),
  })
  .refine(
    (t) => !isIsoDate(t.completedOn) || !isIsoDate(t.expiresOn) || t.expiresOn > t.completedOn,
    {
      path: ['expiresOn'],
      message: 'Expiry date must be after the date completed',
    },
  );

const absence = z.object({
  id: z.number(),
  kind: z.enum(codesOf(absenceKinds)),
  fromDate: z.string(),
  toDate: z.string(),
  notes: z.string().nullable(),
  /** Days covered, both ends included. */
  days: z.number(),
  /** Its last day has passed: kept as history, it can no longer be removed. */
  ended: z.boolean(),
});

const trainingStatus = z.object({
  kind: z.enum(codesOf(trainingKinds)),
  /** IN_DATE; EXPIRING within 60 days (still in date); EXPIRED; or MISSING (never recorded). */
  state: z.enum(trainingStates),
  completedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
});

const supervisor = z.object({
  id: z.number(),
  name: z.string(),
  role: z.enum(supervisingRoles),
  active: z.boolean(),
  gender: z.enum(codesOf(staffGenders)),
  workingSlots: z.array(z.enum(slots as [Slot, ...Slot[]])),
  /** The absence covering the date asked about (today unless told), if any. */
  awayToday: absence.nullable(),
  /** Absences starting after that date, soonest first. */
  upcomingAbsences: z.array(absence),
  /** One per kind of training, in the code list's order. */
  training: z.array(trainingStatus),
  /** Risk of harm and health and safety training both in date on the date. */
  trainingInDate: z.boolean(),
  /** Why they cannot lead any session on the date (not in post, away, training), whatever their rota. */
  unfitReasons: z.array(z.string()),
});

const trainingRecord = z.object({
  id: z.number(),
  kind: z.enum(codesOf(trainingKinds)),
  completedOn: z.string(),
  expiresOn: z.string(),
  /** The course that counts for its kind now (the one that runs out last). */
  current: z.boolean(),
});

const supervisorDetail = supervisor.extend({
  /** Every absence, latest first, past ones included. */
  absences: z.array(absence),
  /** Every course recorded, latest completed first. */
  trainingHistory: z.array(trainingRecord),
});

export const supervisors = {
  list: read(
    'Supervisors and UPW managers, in post first then by name, with their rota, absences and training on a date.',
    z.object({ on: isoDate('Date').optional() }),
    z.array(supervisor),
  ),
  get: read(
    'One supervisor with every absence and their training history.',
    z.object({ id: id('Supervisor'), on: isoDate('Date').optional() }),
    supervisorDetail,
  ),
  saveRota: write(
    'Change a supervisor’s working pattern and gender.',
    rotaInput,
    supervisorDetail,
    {
      roles: managers,
    },
  ),
  addAbsence: write(
    'Record leave, sickness or another absence of a supervisor.',
    absenceInput,
    supervisorDetail,
  ),
  removeAbsence: write(
    'Remove a supervisor’s absence that has not ended.',
    z.object({ absenceId: id('Absence') }),
    supervisorDetail,
  ),
  recordTraining: write(
    'Record training a supervisor has completed.',
    trainingInput,
    supervisorDetail,
    {
      roles: managers,
    },
  ),
};

export type Supervisor = z.output<typeof supervisor>;
export type SupervisorDetail = z.output<typeof supervisorDetail>;
export type Absence = z.output<typeof absence>;
export type TrainingState = (typeof trainingStates)[number];
