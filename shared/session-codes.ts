import { codes } from './codes';

/**
 * Code lists of the sessions issue: supervisors, stand-downs, enforcement, incidents and endings.
 * Stored as the code, shown as the label, so screens, letters and the Board report agree.
 */

export const absenceKinds = codes([
  { code: 'ANNUAL_LEAVE', label: 'Annual leave' },
  { code: 'SICKNESS', label: 'Sickness' },
  { code: 'TRAINING', label: 'Training course' },
  { code: 'OTHER', label: 'Other absence' },
] as const);

/** Training a supervisor must hold in date to run a work party. */
export const trainingKinds = codes([
  { code: 'RISK_OF_HARM', label: 'Risk of harm awareness' },
  { code: 'HEALTH_AND_SAFETY', label: 'Health and safety' },
  { code: 'FIRST_AID', label: 'First aid' },
] as const);

export const staffGenders = codes([
  { code: 'FEMALE', label: 'Female' },
  { code: 'MALE', label: 'Male' },
  { code: 'NOT_STATED', label: 'Not stated' },
] as const);

/** Why the service stood people down (ATSS on the day, AASD in advance). */
export const standDownCauses = codes([
  { code: 'NO_SUPERVISOR', label: 'No supervisor available' },
  { code: 'OVERBOOKED', label: 'More people booked than supervisors could take' },
  { code: 'NO_WORK', label: 'No work at the placement' },
  { code: 'NO_TRANSPORT', label: 'No transport' },
  { code: 'WEATHER', label: 'Bad weather' },
  { code: 'PLACEMENT_CLOSED', label: 'Placement closed by the beneficiary' },
  { code: 'OTHER', label: 'Other service reason' },
] as const);

export const enforcementDecisions = codes([
  { code: 'WARNING', label: 'Warning letter' },
  { code: 'BREACH', label: 'Breach referral' },
  { code: 'ACCEPTABLE', label: 'Evidence accepted: absence acceptable' },
] as const);

export const incidentKinds = codes([
  { code: 'ACCIDENT', label: 'Accident (someone hurt)' },
  { code: 'INCIDENT', label: 'Incident (behaviour, damage, threat)' },
  { code: 'NEAR_MISS', label: 'Near miss' },
] as const);

/** How an order ends; LIVE is not an ending. */
export const endingKinds = codes([
  { code: 'COMPLETED', label: 'Completed: all hours worked' },
  { code: 'REVOKED', label: 'Revoked' },
  { code: 'BREACHED_RESENTENCED', label: 'Breached and re-sentenced' },
  { code: 'TRANSFERRED', label: 'Transferred out' },
  { code: 'EXPIRED', label: 'Expired' },
] as const);

export const answers = codes([
  { code: 'YES', label: 'Yes' },
  { code: 'NO', label: 'No' },
  { code: 'UNSURE', label: 'Not sure' },
] as const);

export const noteAuthors = codes([
  { code: 'SUPERVISOR', label: 'Supervisor' },
  { code: 'CASE_MANAGER', label: 'Case manager' },
  { code: 'OFFICE', label: 'UPW office' },
] as const);

export const alertSources = codes([
  { code: 'REGISTER', label: 'Register' },
  { code: 'NOTE', label: 'Note' },
  { code: 'BREACH', label: 'Breach referral' },
  { code: 'INCIDENT', label: 'Incident' },
] as const);

export type AbsenceKind = (typeof absenceKinds)[number]['code'];
export type TrainingKind = (typeof trainingKinds)[number]['code'];
export type StaffGender = (typeof staffGenders)[number]['code'];
export type StandDownCause = (typeof standDownCauses)[number]['code'];
export type EnforcementDecision = (typeof enforcementDecisions)[number]['code'];
export type IncidentKind = (typeof incidentKinds)[number]['code'];
export type EndingKind = (typeof endingKinds)[number]['code'];
export type Answer = (typeof answers)[number]['code'];
export type NoteAuthor = (typeof noteAuthors)[number]['code'];
export type AlertSource = (typeof alertSources)[number]['code'];

/** What local diversity targets are measured on: the people who started a placement in a year. */
export const targetDimensions = codes([
  { code: 'ETHNICITY', label: 'Ethnic group' },
  { code: 'GENDER', label: 'Gender' },
  { code: 'AGE_BAND', label: 'Age band' },
  { code: 'DISABILITY', label: 'Disability' },
] as const);

/** The quality a target asks for: the share of a group placed where the work offers it. */
export const targetFeatures = codes([
  { code: 'SKILLS_LEARNING', label: 'Placement with skills learning' },
  { code: 'BENEFICIARY_CONTACT', label: 'Placement with contact with beneficiaries' },
] as const);

export type TargetDimension = (typeof targetDimensions)[number]['code'];
export type TargetFeature = (typeof targetFeatures)[number]['code'];
