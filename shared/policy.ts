/**
 * The area policy settings of the domain page, with the bulletin's figures as defaults. A change
 * applies from its date and never rewrites what was stored under an earlier version (credited
 * minutes keep the version they were worked out with).
 */
export interface Policy {
  standDownCreditMinutes: number;
  employabilitySharePercent: number;
  minimumHoursPerWeek: number;
  standardDayHours: number;
  completionMonths: number;
  warningWindowMonths: number;
  peoplePerSupervisor: number;
  workingDaysToInduction: number;
  workingDaysToFirstSession: number;
  overdueOutcomeDays: number;
  idleLockMinutes: number;
  auditRetentionYears: number;
  surveyIntervalMonths: number;
  completionTargetPercent: number;
}

export const defaultPolicy: Policy = {
  standDownCreditMinutes: 60,
  employabilitySharePercent: 20,
  minimumHoursPerWeek: 6,
  standardDayHours: 7,
  completionMonths: 12,
  warningWindowMonths: 12,
  peoplePerSupervisor: 6,
  workingDaysToInduction: 5,
  workingDaysToFirstSession: 10,
  overdueOutcomeDays: 7,
  idleLockMinutes: 15,
  auditRetentionYears: 2,
  surveyIntervalMonths: 6,
  completionTargetPercent: 75,
};

export interface PolicyField {
  key: keyof Policy;
  label: string;
  unit: string;
  min: number;
  max: number;
  note: string;
  /** Today's national figure, where it differs from the bulletin's. */
  national?: number;
}

/** Every setting with its words and limits: one list for the settings page and the backend's checks. */
export const policyFields: readonly PolicyField[] = [
  {
    key: 'standDownCreditMinutes',
    label: 'Stand-down credit',
    unit: 'minutes',
    min: 0,
    max: 480,
    note: 'Credited to someone stood down by the service',
  },
  {
    key: 'employabilitySharePercent',
    label: 'Employability share of an order',
    unit: '%',
    min: 0,
    max: 100,
    note: 'The most of an order that employability activity can count for',
    national: 30,
  },
  {
    key: 'minimumHoursPerWeek',
    label: 'Hours offered per week, minimum',
    unit: 'hours',
    min: 1,
    max: 28,
    note: 'What each person should be offered',
    national: 7,
  },
  {
    key: 'standardDayHours',
    label: 'Standard working day',
    unit: 'hours',
    min: 1,
    max: 12,
    note: 'A full session',
  },
  {
    key: 'completionMonths',
    label: 'Completion period',
    unit: 'months',
    min: 1,
    max: 36,
    note: 'From sentence, unless a court extends it',
  },
  {
    key: 'warningWindowMonths',
    label: 'Warning window',
    unit: 'months',
    min: 1,
    max: 24,
    note: 'A second failure within it is referred for breach',
  },
  {
    key: 'peoplePerSupervisor',
    label: 'People per supervisor in a group',
    unit: 'people',
    min: 1,
    max: 15,
    note: 'More than this is a stand-down waiting to happen',
  },
  {
    key: 'workingDaysToInduction',
    label: 'Sentence to induction',
    unit: 'working days',
    min: 1,
    max: 60,
    note: 'Target',
  },
  {
    key: 'workingDaysToFirstSession',
    label: 'Sentence to first session',
    unit: 'working days',
    min: 1,
    max: 90,
    note: 'Target',
  },
  {
    key: 'overdueOutcomeDays',
    label: 'Outcome overdue after',
    unit: 'days',
    min: 1,
    max: 60,
    note: 'A past session without outcomes is overdue',
  },
  {
    key: 'idleLockMinutes',
    label: 'Sign out after idle',
    unit: 'minutes',
    min: 1,
    max: 240,
    note: 'Unused sessions end',
  },
  {
    key: 'auditRetentionYears',
    label: 'Keep the audit log for',
    unit: 'years',
    min: 1,
    max: 20,
    note: 'Older entries may then be removed',
  },
  {
    key: 'surveyIntervalMonths',
    label: 'Beneficiary survey every',
    unit: 'months',
    min: 1,
    max: 24,
    note: 'Each placement’s beneficiary is surveyed this often (twice a year by default)',
  },
  {
    key: 'completionTargetPercent',
    label: 'Completions within the completion period, target',
    unit: '%',
    min: 1,
    max: 100,
    note: 'The Board’s target share of orders completed in time',
  },
];
