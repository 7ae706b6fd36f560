import { daysBetween } from '../../../shared/dates';

export interface LedgerLine {
  date: string;
  kind: 'ADJUSTMENT' | 'SESSION';
  description: string;
  creditedMinutes: number;
}

/** Orders the ledger by date and carries the hours outstanding after each line. */
export function runningLedger(orderedMinutes: number, lines: readonly LedgerLine[]) {
  let balance = orderedMinutes;
  return (
    [...lines]
      // Stable: lines of the same date keep the order they were given in.
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((line) => {
        balance -= line.creditedMinutes;
        return { ...line, balanceMinutes: balance };
      })
  );
}

/** Days from today to the end date; negative once it has passed. Ended orders show none left. */
export function timeLeft(order: { endDate: string; status: string }, today: string): number {
  return order.status === 'LIVE' ? daysBetween(today, order.endDate) : 0;
}
