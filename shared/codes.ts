/**
 * Code lists used by both processes: stored as the code, shown as the label. One source, so the
 * form, the backend's validation and the Board report always agree.
 */
export interface CodeItem<C extends string = string> {
  code: C;
  label: string;
  group?: string;
}

export function codes<const T extends readonly CodeItem[]>(items: T) {
  return items;
}

export function codesOf<T extends readonly CodeItem[]>(
  items: T,
): [T[number]['code'], ...T[number]['code'][]] {
  return items.map((i) => i.code) as [T[number]['code'], ...T[number]['code'][]];
}

export function labelOf(items: readonly CodeItem[], code: string | null | undefined): string {
  if (!code) return '';
  return items.find((i) => i.code === code)?.label ?? code;
}

/** Ethnic groups of the 2021 census of England and Wales, plus "not stated". */
export const ethnicities = codes([
  { code: 'ASIAN_BANGLADESHI', label: 'Bangladeshi', group: 'Asian, Asian British or Asian Welsh' },
  { code: 'ASIAN_CHINESE', label: 'Chinese', group: 'Asian, Asian British or Asian Welsh' },
  { code: 'ASIAN_INDIAN', label: 'Indian', group: 'Asian, Asian British or Asian Welsh' },
  { code: 'ASIAN_PAKISTANI', label: 'Pakistani', group: 'Asian, Asian British or Asian Welsh' },
  { code: 'ASIAN_OTHER', label: 'Other Asian', group: 'Asian, Asian British or Asian Welsh' },
  {
    code: 'BLACK_AFRICAN',
    label: 'African',
    group: 'Black, Black British, Black Welsh, Caribbean or African',
  },
  {
    code: 'BLACK_CARIBBEAN',
    label: 'Caribbean',
    group: 'Black, Black British, Black Welsh, Caribbean or African',
  },
  {
    code: 'BLACK_OTHER',
    label: 'Other Black',
    group: 'Black, Black British, Black Welsh, Caribbean or African',
  },
  { code: 'MIXED_WHITE_ASIAN', label: 'White and Asian', group: 'Mixed or Multiple ethnic groups' },
  {
    code: 'MIXED_WHITE_BLACK_AFRICAN',
    label: 'White and Black African',
    group: 'Mixed or Multiple ethnic groups',
  },
  {
    code: 'MIXED_WHITE_BLACK_CARIBBEAN',
    label: 'White and Black Caribbean',
    group: 'Mixed or Multiple ethnic groups',
  },
  {
    code: 'MIXED_OTHER',
    label: 'Other Mixed or Multiple ethnic groups',
    group: 'Mixed or Multiple ethnic groups',
  },
  {
    code: 'WHITE_BRITISH',
    label: 'English, Welsh, Scottish, Northern Irish or British',
    group: 'White',
  },
  { code: 'WHITE_IRISH', label: 'Irish', group: 'White' },
  { code: 'WHITE_GYPSY_TRAVELLER', label: 'Gypsy or Irish Traveller', group: 'White' },
  { code: 'WHITE_ROMA', label: 'Roma', group: 'White' },
  { code: 'WHITE_OTHER', label: 'Other White', group: 'White' },
  { code: 'OTHER_ARAB', label: 'Arab', group: 'Other ethnic group' },
  { code: 'OTHER_ANY', label: 'Any other ethnic group', group: 'Other ethnic group' },
  { code: 'NOT_STATED', label: 'Not stated', group: 'Not stated' },
] as const);

export const genders = codes([
  { code: 'MALE', label: 'Male' },
  { code: 'FEMALE', label: 'Female' },
  { code: 'OTHER', label: 'Other' },
  { code: 'NOT_STATED', label: 'Not stated' },
] as const);

/** Religion as asked in the 2021 census. */
export const religions = codes([
  { code: 'NONE', label: 'No religion' },
  { code: 'CHRISTIAN', label: 'Christian' },
  { code: 'BUDDHIST', label: 'Buddhist' },
  { code: 'HINDU', label: 'Hindu' },
  { code: 'JEWISH', label: 'Jewish' },
  { code: 'MUSLIM', label: 'Muslim' },
  { code: 'SIKH', label: 'Sikh' },
  { code: 'OTHER', label: 'Any other religion' },
  { code: 'NOT_STATED', label: 'Not stated' },
] as const);

export const disabilityAnswers = codes([
  { code: 'YES', label: 'Yes' },
  { code: 'NO', label: 'No' },
  { code: 'NOT_STATED', label: 'Not stated' },
] as const);

/** The sentence that carries the unpaid work requirement. */
export const requirementTypes = codes([
  { code: 'COMMUNITY_ORDER', label: 'Community order' },
  { code: 'SUSPENDED_SENTENCE_ORDER', label: 'Suspended sentence order' },
  { code: 'YOUTH_REHABILITATION_ORDER', label: 'Youth rehabilitation order' },
] as const);

export const offenceCategories = codes([
  { code: 'VIOLENCE', label: 'Violence against the person' },
  { code: 'SEXUAL', label: 'Sexual offences' },
  { code: 'ROBBERY', label: 'Robbery' },
  { code: 'THEFT', label: 'Theft and handling' },
  { code: 'BURGLARY', label: 'Burglary' },
  { code: 'CRIMINAL_DAMAGE', label: 'Criminal damage and arson' },
  { code: 'DRUGS', label: 'Drug offences' },
  { code: 'PUBLIC_ORDER', label: 'Public order offences' },
  { code: 'FRAUD', label: 'Fraud and forgery' },
  { code: 'MOTORING', label: 'Motoring offences' },
  { code: 'WEAPONS', label: 'Possession of weapons' },
  { code: 'OTHER', label: 'Other offences' },
] as const);

export const courtKinds = codes([
  { code: 'MAGISTRATES', label: "Magistrates' court" },
  { code: 'CROWN', label: 'Crown Court' },
] as const);

/** How an order stands; everything but LIVE is an ending with a date. */
export const orderStatuses = codes([
  { code: 'LIVE', label: 'Live' },
  { code: 'COMPLETED', label: 'Completed' },
  { code: 'REVOKED', label: 'Revoked' },
  { code: 'BREACHED_RESENTENCED', label: 'Breached and re-sentenced' },
  { code: 'TRANSFERRED', label: 'Transferred out' },
  { code: 'EXPIRED', label: 'Expired' },
] as const);

export const staffRoles = codes([
  { code: 'CASE_MANAGER', label: 'Case manager' },
  { code: 'UPW_MANAGER', label: 'UPW manager' },
  { code: 'CASE_ADMINISTRATOR', label: 'Case administrator' },
  { code: 'SUPERVISOR', label: 'Supervisor' },
] as const);

export type Ethnicity = (typeof ethnicities)[number]['code'];
export type Gender = (typeof genders)[number]['code'];
export type Religion = (typeof religions)[number]['code'];
export type DisabilityAnswer = (typeof disabilityAnswers)[number]['code'];
export type RequirementType = (typeof requirementTypes)[number]['code'];
export type OffenceCategory = (typeof offenceCategories)[number]['code'];
export type CourtKind = (typeof courtKinds)[number]['code'];
export type OrderStatus = (typeof orderStatuses)[number]['code'];
export type StaffRole = (typeof staffRoles)[number]['code'];
