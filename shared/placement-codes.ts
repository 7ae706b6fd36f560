import { codes, codesOf } from './codes';

/**
 * Code lists for risk of harm, induction and placements: one source for the forms, the
 * allocation rules and the reports.
 */
/** Overall risk of harm, lowest first: the order matters (a placement accepts up to a level). */
export const riskLevels = codes([
  { code: 'LOW', label: 'Low' },
  { code: 'MEDIUM', label: 'Medium' },
  { code: 'HIGH', label: 'High' },
  { code: 'VERY_HIGH', label: 'Very high' },
] as const);

export const riskFlags = codes([
  { code: 'SEXUAL_OFFENDING', label: 'Sexual offending' },
  { code: 'RISK_TO_CHILDREN', label: 'Risk to children' },
  { code: 'RISK_TO_VULNERABLE_ADULTS', label: 'Risk to vulnerable adults' },
  { code: 'VIOLENCE', label: 'Violence' },
  { code: 'HATE_BASED', label: 'Hate-based attitudes' },
  { code: 'ARSON', label: 'Arson' },
  { code: 'RISK_TO_STAFF', label: 'Risk to staff' },
  { code: 'RISK_TO_WOMEN', label: 'Risk to women' },
] as const);

export const restrictions = codes([
  { code: 'VICTIM_EXCLUSION_AREA', label: 'Victim exclusion area' },
  { code: 'NOT_WITH_FEMALE_SUPERVISOR', label: 'Not with a female supervisor' },
  { code: 'NOT_WITH_MALE_SUPERVISOR', label: 'Not with a male supervisor' },
  { code: 'CLOSE_SUPERVISION', label: 'Close supervision needed' },
  { code: 'GROUP_ONLY', label: 'Suitable for group placements only' },
  { code: 'INDIVIDUAL_ONLY', label: 'Suitable for individual placements only' },
] as const);

export const assessmentKinds = codes([
  { code: 'FULL', label: 'Full risk of harm assessment' },
  { code: 'SENTENCE_PLAN', label: 'Sentence plan without a full assessment' },
] as const);

export const days = codes([
  { code: 'MON', label: 'Monday' },
  { code: 'TUE', label: 'Tuesday' },
  { code: 'WED', label: 'Wednesday' },
  { code: 'THU', label: 'Thursday' },
  { code: 'FRI', label: 'Friday' },
  { code: 'SAT', label: 'Saturday' },
  { code: 'SUN', label: 'Sunday' },
] as const);

export const dayParts = codes([
  { code: 'MORNING', label: 'Morning' },
  { code: 'AFTERNOON', label: 'Afternoon' },
  { code: 'EVENING', label: 'Evening' },
] as const);

export type Day = (typeof days)[number]['code'];
export type DayPart = (typeof dayParts)[number]['code'];
/** One cell of the availability grid, e.g. `SAT_MORNING`. */
export type Slot = `${Day}_${DayPart}`;
export const slots = days.flatMap((d) => dayParts.map((p) => `${d.code}_${p.code}` as Slot));

export const placementTypes = codes([
  { code: 'GROUP', label: 'Group, supervised by UPW staff' },
  { code: 'INDIVIDUAL', label: 'Individual, supervised by the beneficiary' },
  { code: 'EMPLOYABILITY', label: 'Employability, training or education' },
  { code: 'INDUCTION_PPWS', label: 'Induction and Pre Placement Work Session' },
] as const);

export const placementSuits = codes([
  { code: 'WOMEN_ONLY', label: 'Women-only group' },
  { code: 'SUITABLE_16_17', label: 'Suitable for 16–17 year olds' },
  { code: 'WHEELCHAIR_ACCESS', label: 'Wheelchair access' },
] as const);

export const qualityFeatures = codes([
  { code: 'BENEFICIARY_CONTACT', label: 'Contact with beneficiaries' },
  { code: 'SKILLS_LEARNING', label: 'Skills learning' },
  { code: 'GUIDED_SKILLS_LEARNING', label: 'Guided Skills Learning (accredited)' },
  { code: 'COMMUNITY_NOMINATED', label: 'Nominated by the community (local partnership)' },
  { code: 'EMPLOYABILITY_LINK', label: 'Link to employment' },
  { code: 'VISIBLE_REPARATION', label: 'Visible reparation' },
] as const);

export const skills = codes([
  { code: 'GARDENING', label: 'Gardening and grounds' },
  { code: 'CONSTRUCTION', label: 'Construction and joinery' },
  { code: 'DECORATING', label: 'Painting and decorating' },
  { code: 'CATERING', label: 'Catering' },
  { code: 'CLEANING', label: 'Cleaning' },
  { code: 'RETAIL', label: 'Retail and charity shops' },
  { code: 'RECYCLING', label: 'Recycling and furniture' },
  { code: 'CARE', label: 'Care and community support' },
  { code: 'OFFICE', label: 'Office and IT' },
  { code: 'CRAFTS', label: 'Crafts and upholstery' },
] as const);

export const placementPreferences = codes([
  { code: 'NONE', label: 'No preference' },
  { code: 'INDIVIDUAL', label: 'Individual placement' },
  { code: 'MIXED_GROUP', label: 'Mixed group' },
  { code: 'WOMEN_ONLY_GROUP', label: 'Women-only group' },
] as const);

export const transportModes = codes([
  { code: 'OWN', label: 'Own transport' },
  { code: 'PUBLIC', label: 'Public transport' },
  { code: 'NEEDS_PICKUP', label: 'Needs picking up' },
] as const);

export const basicSkillLevels = codes([
  { code: 'NO_DIFFICULTY', label: 'No difficulty' },
  { code: 'SOME_DIFFICULTY', label: 'Some difficulty' },
  { code: 'NEEDS_SUPPORT', label: 'Needs support' },
] as const);

/** Outcome codes of a session (national practice); the flags drive credit and enforcement. */
export const outcomes = codes([
  {
    code: 'ATTC',
    label: 'Attended, complied',
    attended: true,
    enforceable: false,
    standDown: false,
  },
  {
    code: 'AFTC',
    label: 'Attended, failed to comply',
    attended: true,
    enforceable: true,
    standDown: false,
  },
  {
    code: 'ATSH',
    label: 'Attended, sent home for behaviour',
    attended: true,
    enforceable: true,
    standDown: false,
  },
  {
    code: 'ATSS',
    label: 'Attended, sent home: service issues (stand-down)',
    attended: true,
    enforceable: false,
    standDown: true,
  },
  {
    code: 'UACP',
    label: 'Unacceptable absence',
    attended: false,
    enforceable: true,
    standDown: false,
  },
  {
    code: 'AAME',
    label: 'Acceptable absence: medical',
    attended: false,
    enforceable: false,
    standDown: false,
  },
  {
    code: 'AAEM',
    label: 'Acceptable absence: employment',
    attended: false,
    enforceable: false,
    standDown: false,
  },
  {
    code: 'AAFC',
    label: 'Acceptable absence: family or childcare',
    attended: false,
    enforceable: false,
    standDown: false,
  },
  {
    code: 'AACL',
    label: 'Acceptable absence: court or legal',
    attended: false,
    enforceable: false,
    standDown: false,
  },
  {
    code: 'AASD',
    label: 'Acceptable absence: stood down in advance',
    attended: false,
    enforceable: false,
    standDown: true,
  },
  {
    code: 'RSSR',
    label: 'Rescheduled at the service’s request',
    attended: false,
    enforceable: false,
    standDown: false,
  },
  {
    code: 'RSOF',
    label: 'Rescheduled at the person’s request',
    attended: false,
    enforceable: false,
    standDown: false,
  },
] as const);

export const ratings = codes([
  { code: 'EXCELLENT', label: 'Excellent' },
  { code: 'GOOD', label: 'Good' },
  { code: 'SATISFACTORY', label: 'Satisfactory' },
  { code: 'UNSATISFACTORY', label: 'Unsatisfactory' },
  { code: 'POOR', label: 'Poor' },
] as const);

export type RiskLevel = (typeof riskLevels)[number]['code'];
export type RiskFlag = (typeof riskFlags)[number]['code'];
export type Restriction = (typeof restrictions)[number]['code'];
export type AssessmentKind = (typeof assessmentKinds)[number]['code'];
export type PlacementType = (typeof placementTypes)[number]['code'];
export type PlacementSuit = (typeof placementSuits)[number]['code'];
export type QualityFeature = (typeof qualityFeatures)[number]['code'];
export type Skill = (typeof skills)[number]['code'];
export type PlacementPreference = (typeof placementPreferences)[number]['code'];
export type TransportMode = (typeof transportModes)[number]['code'];
export type BasicSkillLevel = (typeof basicSkillLevels)[number]['code'];
export type Outcome = (typeof outcomes)[number]['code'];
export type Rating = (typeof ratings)[number]['code'];

export const outcomeCodes = codesOf(outcomes);

/** Position of a level in the scale, for "at most this level" comparisons. */
export function riskRank(level: RiskLevel): number {
  return riskLevels.findIndex((l) => l.code === level);
}

const weekdays: readonly Day[] = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/** The availability slot a session falls in: its weekday and part of the day by start time. */
export function slotAt(date: string, startTime: string): Slot {
  const day = weekdays[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
  const part: DayPart =
    startTime < '12:00' ? 'MORNING' : startTime < '17:00' ? 'AFTERNOON' : 'EVENING';
  return `${day}_${part}`;
}
