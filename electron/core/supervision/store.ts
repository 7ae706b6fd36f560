import type { AlertSource } from '../../../shared/session-codes';
import type { Db } from '../db/open';
import { caseManagerAlerts } from './schema';

/** Puts something in front of the order's case manager, open until the office marks it sent. */
export function raiseAlert(
  db: Db,
  values: {
    orderId: number;
    source: AlertSource;
    raisedOn: string;
    message: string;
    createdAt: string;
  },
) {
  db.insert(caseManagerAlerts).values(values).run();
}
