import type { OrderStatus } from '../../../shared/codes';
import type { Slot } from '../../../shared/placement-codes';
import type { Policy } from '../../../shared/policy';
import type { PastDecision } from '../enforcement/rules';
import type { Journey } from './journey';
import type { Reliability } from './outcomes';
import type { DemoPerson } from './people';
import type { DemoPlacement } from './placements';
import type { Random } from './random';
import type { DemoStatements } from './store';

/** What the year of sessions made, for the caller and the benchmark. */
export interface YearCounts {
  sessions: number;
  bookings: number;
  /** Bookings with an outcome recorded. */
  outcomes: number;
  standDownSessions: number;
  decisions: number;
  alerts: number;
  incidents: number;
  endings: number;
  exitInterviews: number;
  /** Every row the year wrote or changed. */
  rows: number;
}

/** An order as it comes to the year of sessions, after assessment, induction and the PPWS. */
export interface YearOrder {
  id: number;
  sentenceDate: string;
  ordered: number;
  /** Minutes already credited: the PPWS and any hours brought forward at go-live. */
  credited: number;
  endDate: string;
  person: DemoPerson;
  courtName: string;
  caseManager: string;
  journey: Journey;
}

export interface SimPlacement extends DemoPlacement {
  /** The orders allocated to it now. */
  members: SimOrder[];
  /** Its place in the placements sorted by name, for ties of fit. */
  nameOrder: number;
}

export interface SimOrder extends YearOrder {
  status: OrderStatus;
  endedOn: string | null;
  extended: boolean;
  reliability: Reliability;
  /** Sessions a week the person is booked on at most. */
  perWeek: number;
  /** Booked every other week only (shifts, caring): 0 or 1 for the weeks they work, else null. */
  fortnightly: 0 | 1 | null;
  availability: ReadonlySet<Slot>;
  allocation: { id: number; placement: SimPlacement; allocatedOn: string } | null;
  lastPlacement: SimPlacement | null;
  employabilityUsed: number;
  week: string;
  bookedThisWeek: number;
  lastBooked: string;
  /** Minutes booked on sessions still to come. */
  planned: number;
  /** Past bookings whose outcome the office has not yet entered. */
  unrecorded: number;
  decisions: PastDecision[];
  breaches: number;
  /** Credit eighty-four days before the end date, to judge the pace against. */
  snapshot: number | null;
  /** Since the last supervision review. */
  tally: { attended: number; missed: number; failures: number };
  retries: number;
}

export type Task = (date: string) => void;

/** What every part of the year shares: where to write, the dates, the policy and the agenda. */
export interface YearContext {
  random: Random;
  put: DemoStatements;
  today: string;
  goLive: string;
  now: string;
  policy: Policy;
  work: SimPlacement[];
  /** The work placements by the slots their sessions start in. */
  placementsAt: ReadonlyMap<Slot, SimPlacement[]>;
  /** The manager and case administrators, who decide, record and send. */
  officeStaff: string[];
  managerName: string;
  counts: YearCounts;
  /** Runs the task on the date (dropped when the date is after today). */
  at(date: string, task: Task): void;
}

/** A moment on a date, for the records written as things happened. */
export function stamp(date: string, time = '12:00'): string {
  return `${date}T${time}:00.000Z`;
}
