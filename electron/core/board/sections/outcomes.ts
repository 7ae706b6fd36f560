import type { BoardSection } from '../../../../shared/contract/board';
import type { Sqlite } from '../../db/open';
import { counted, during, shareText } from '../breakdowns';
import type { Period, Periods } from '../period';
import { comparison, percent } from '../table';

/**
 * Outcomes, from what people said at the exit interviews held in the period: no further offence
 * known since the order began, volunteering carried on, and offers of paid work.
 */

const outcomesSql = `
  SELECT COUNT(*) AS held,
    COALESCE(SUM(further_offence = 'NO'), 0) AS noOffence,
    COALESCE(SUM(further_offence = 'YES'), 0) AS offence,
    COALESCE(SUM(further_offence = 'UNSURE'), 0) AS notKnown,
    COALESCE(SUM(will_volunteer = 'YES'), 0) AS volunteer,
    COALESCE(SUM(offered_paid_work = 1), 0) AS paidWork
  FROM exit_interviews
  WHERE interviewed_on BETWEEN @from AND @to`;

interface Figures {
  held: number;
  noOffence: number;
  offence: number;
  notKnown: number;
  volunteer: number;
  paidWork: number;
}

const figures = (sqlite: Sqlite, p: Period) =>
  sqlite.prepare(outcomesSql).get({ from: p.from, to: p.to }) as Figures;

export function outcomesSection(sqlite: Sqlite, periods: Periods): BoardSection {
  const a = figures(sqlite, periods.current);
  const b = figures(sqlite, periods.previous);
  const count = (measure: string, key: keyof Figures) => ({
    measure,
    kind: 'count' as const,
    current: a[key],
    previous: b[key],
  });
  const share = (measure: string, key: keyof Figures) => ({
    measure,
    kind: 'percent' as const,
    current: percent(a[key], a.held),
    previous: percent(b[key], b.held),
  });

  const table = comparison(
    periods,
    {
      id: 'outcomes',
      title: 'Outcomes at the end of the order',
      definition:
        'From the exit interviews held in the period (by the date of the interview), one per order. ' +
        'No further offence known: the interview records that no further offence is known since the order began (answers of yes, an offence is known, and not known are counted apart). ' +
        'Carrying on volunteering: they said yes, they will carry on as volunteers. Offered paid work: they said a beneficiary offered them paid work. ' +
        'Each share is of the exit interviews held in the period, blank when none were.',
      emptyMessage: 'No exit interview was held in either period, so no outcome is known.',
    },
    a.held === 0 && b.held === 0
      ? []
      : [
          count('Exit interviews held', 'held'),
          count('No further offence known since the order began', 'noOffence'),
          share('Share with no further offence known', 'noOffence'),
          count('A further offence known', 'offence'),
          count('Not known whether there was a further offence', 'notKnown'),
          count('Will carry on volunteering', 'volunteer'),
          share('Share carrying on volunteering', 'volunteer'),
          count('Offered paid work by a beneficiary', 'paidWork'),
          share('Share offered paid work', 'paidWork'),
        ],
  );

  const summary =
    a.held === 0
      ? `No exit interview was held in ${during(periods.current)}, so no outcome is known for it.`
      : `Of the ${counted(a.held, 'exit interview')} held in ${during(periods.current)}, ${shareText(percent(a.noOffence, a.held))} had no further offence known since the order began, ` +
        `${shareText(percent(a.volunteer, a.held))} will carry on volunteering and ${shareText(percent(a.paidWork, a.held))} were offered paid work by a beneficiary.`;

  return { id: 'outcomes', title: 'Outcomes', summary, tables: [table] };
}
