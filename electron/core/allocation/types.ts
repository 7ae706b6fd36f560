import type { Gender } from '../../../shared/codes';
import type {
  PlacementPreference,
  PlacementSuit,
  PlacementType,
  QualityFeature,
  Restriction,
  RiskFlag,
  RiskLevel,
  Skill,
  Slot,
  TransportMode,
} from '../../../shared/placement-codes';

/** What allocation needs to know of a person waiting for a placement (one live order). */
export interface Candidate {
  orderId: number;
  name: string;
  /** Age today, in completed years. */
  age: number;
  gender: Gender;
  /** The current risk of harm assessment; null when none has been completed. */
  assessment: {
    level: RiskLevel;
    flags: RiskFlag[];
    restrictions: Restriction[];
    /** The area named by a VICTIM_EXCLUSION_AREA restriction (compared with a placement's area). */
    exclusionArea: string | null;
  } | null;
  /** The needs profile from the induction; null when there has been no induction. */
  induction: {
    availability: Slot[];
    wheelchairUser: boolean;
    transport: TransportMode;
    homeArea: string | null;
    skills: Skill[];
    employabilityNeed: boolean;
    preference: PlacementPreference;
  } | null;
}

/** What allocation needs to know of a placement. */
export interface PlacementOffer {
  id: number;
  name: string;
  type: PlacementType;
  area: string;
  /** When its sessions run, as cells of the availability grid. */
  sessions: Slot[];
  /** People it can take (one per place per session). */
  capacity: number;
  /** People allocated to it now. */
  allocated: number;
  maxRiskLevel: RiskLevel;
  excludedFlags: RiskFlag[];
  suits: PlacementSuit[];
  features: QualityFeature[];
  skills: Skill[];
  transportProvided: boolean;
  /** The health and safety risk assessment must be reviewed by this date (ISO). */
  healthAndSafetyReviewDue: string;
}

export type RefusalCode =
  | 'NO_ASSESSMENT'
  | 'NO_INDUCTION'
  | 'RISK_LEVEL'
  | 'RISK_FLAG'
  | 'RESTRICTION'
  | 'UNDER_18'
  | 'INDIVIDUAL_NEEDS_LOW_RISK'
  | 'WOMEN_ONLY'
  | 'NO_WHEELCHAIR_ACCESS'
  | 'NO_SHARED_AVAILABILITY'
  | 'FULL'
  | 'HEALTH_AND_SAFETY_OUT_OF_DATE'
  | 'NOT_FOR_ALLOCATION';

export interface Refusal {
  code: RefusalCode;
  /** A sentence a manager reads: "Risk level High is above this placement's limit (Medium)". */
  message: string;
}

export interface Fit {
  score: number;
  /** Why it fits, in words: "Skills: gardening", "Same area (Northvale)". */
  reasons: string[];
}

/** One person against every placement: the allowed ones best fit first, the others with why. */
export interface Ranking {
  allowed: { placement: PlacementOffer; fit: Fit }[];
  refused: { placement: PlacementOffer; refusals: Refusal[] }[];
}

/** A proposed allocation of everyone waiting: most people placed, then the best total fit. */
export interface AllocationProposal {
  assignments: { orderId: number; placementId: number; score: number }[];
  unassigned: { orderId: number; reason: string }[];
  totalFit: number;
  placed: number;
}
