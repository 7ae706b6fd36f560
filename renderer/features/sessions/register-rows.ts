import type { SessionDetail } from '../../../shared/contract/sessions';
import { outcomes } from '../../../shared/placement-codes';
import { standDownCauses } from '../../../shared/session-codes';

export type Booking = SessionDetail['bookings'][number];
export interface Row {
  orderId: number;
  outcome: string;
  arrivedAt: string | null;
  leftAt: string | null;
  penaltyMinutes: number | undefined;
  workQuality: string;
  behaviour: string;
  standDownCause: string;
  notes: string;
  alertCaseManager: boolean;
}
export interface Values {
  rows: Row[];
}

export const attended = (code: string) => outcomes.find((o) => o.code === code)?.attended ?? true;
export const standDown = (code: string) =>
  outcomes.find((o) => o.code === code)?.standDown ?? false;
export const causeOptions = standDownCauses;

export function rowOf(b: Booking): Row {
  return {
    orderId: b.orderId,
    outcome: b.outcome ?? '',
    arrivedAt: b.arrivedAt,
    leftAt: b.leftAt,
    penaltyMinutes: b.penaltyMinutes,
    workQuality: b.workQuality ?? '',
    behaviour: b.behaviour ?? '',
    standDownCause: b.standDownCause ?? '',
    notes: b.notes ?? '',
    alertCaseManager: b.alertCaseManager,
  };
}

/** What is sent: an absence has no times, penalty or ratings; blanks are null. */
export function payload(sessionId: number, rows: Row[]) {
  return {
    sessionId,
    rows: rows.map((r) => {
      const came = attended(r.outcome);
      return {
        orderId: r.orderId,
        outcome: r.outcome as never,
        arrivedAt: came ? r.arrivedAt || null : null,
        leftAt: came ? r.leftAt || null : null,
        penaltyMinutes: came ? (r.penaltyMinutes ?? 0) : 0,
        workQuality: (came && r.workQuality) || null,
        behaviour: (came && r.behaviour) || null,
        standDownCause: (standDown(r.outcome) && r.standDownCause) || null,
        notes: r.notes || null,
        alertCaseManager: r.alertCaseManager,
      } as never;
    }),
  };
}

export const outcomeOptions = outcomes.map((o) => ({
  code: o.code,
  label: `${o.code} · ${o.label}`,
}));
