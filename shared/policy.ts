/**
 * The area policy settings of the domain page, with the bulletin's figures as defaults. Stored
 * results (credited minutes) keep the values they were made under.
 */
export interface Policy {
  standDownCreditMinutes: number;
  workingDaysToInduction: number;
  workingDaysToFirstSession: number;
  idleLockMinutes: number;
  auditRetentionYears: number;
}

export const defaultPolicy: Policy = {
  /** Minutes credited to a person stood down by the service (ATSS, AASD). */
  standDownCreditMinutes: 60,
  /** Working days from sentence to induction, and to the first session. */
  workingDaysToInduction: 5,
  workingDaysToFirstSession: 10,
  /** A signed-in session ends after this many minutes without use. */
  idleLockMinutes: 15,
  /** Audit entries are kept this long, then may be removed. */
  auditRetentionYears: 2,
};
