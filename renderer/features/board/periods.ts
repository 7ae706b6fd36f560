import { addDays, addMonths } from '../../../shared/dates';

const quarterNames = [
  'January to March',
  'April to June',
  'July to September',
  'October to December',
];

/** The quarters to offer, the latest that has begun first, each as its first day and name. */
export function recentQuarters(today: string, count = 12) {
  const year = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  let from = `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  const quarters: { from: string; label: string }[] = [];
  for (let i = 0; i < count; i++) {
    const index = Math.floor((Number(from.slice(5, 7)) - 1) / 3);
    quarters.push({ from, label: `${quarterNames[index]} ${from.slice(0, 4)}` });
    from = addMonths(from, -3);
  }
  return quarters;
}

export function recentYears(today: string, count = 10) {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: count }, (_, i) => `${year - i}-01-01`);
}

/** The quarter that has most recently ended: the natural report to make. */
export function lastQuarter(today: string) {
  return recentQuarters(addDays(recentQuarters(today, 1)[0]!.from, -1), 1)[0]!.from;
}
