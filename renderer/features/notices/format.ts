import type { FigureUnit } from '../../../shared/contract/notices';
import { formatDate, formatMinutes } from '../../../shared/dates';

/** A figure as a reader sees it: hours for minutes, "18 working days", "—" where there is none. */
export function figureText(unit: FigureUnit, value: number | null): string {
  if (value === null) return '—';
  switch (unit) {
    case 'minutes':
      return formatMinutes(value);
    case 'workingDays':
      return `${value.toLocaleString('en-GB')} working ${value === 1 ? 'day' : 'days'}`;
    default:
      return value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
  }
}

export const periodText = (from: string, to: string) => `${formatDate(from)} to ${formatDate(to)}`;

/** The file name and the PDF footer's title of an issued notice. */
export const noticeTitle = (n: { number: string; figures: { court: { name: string } } }) =>
  `Court shortfall notice ${n.number} to ${n.figures.court.name}`;
