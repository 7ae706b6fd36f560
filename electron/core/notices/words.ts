import type { CourtKind } from '../../../shared/codes';
import type { NoticeFigure, NoticeFigures } from '../../../shared/contract/notices';
import { formatDate, formatMinutes } from '../../../shared/dates';
import type { Policy } from '../../../shared/policy';
import { mostMinutesInAWeek } from './rules';

/**
 * A notice's figures put together from the facts, pure: each figure for the court's orders and
 * the office's, its definition in words, the summary a court reads first and the notes.
 */

/** One live order as the notice counts it. */
export interface OrderFacts {
  courtId: number;
  outstandingMinutes: number;
  needMinutes: number;
  atRisk: boolean;
  /** Working days since sentence while no session has been worked; null once one has. */
  waitingDays: number | null;
}

export interface FigureFacts {
  court: { id: number; name: string; kind: CourtKind };
  period: { from: string; to: string };
  asOf: string;
  policy: Policy;
  orders: readonly OrderFacts[];
  standDowns: { office: number; court: number; officeLost: number; courtLost: number };
  capacity: {
    placements: number;
    supervisorsInPost: number;
    supervisorSessionsAvailable: number;
    offerableMinutes: number;
    groupPlacesCut: number;
  };
  supervisorSessionsNeeded: number;
}

const workingDayWords =
  'Working days are counted after the sentence date up to and including the day the notice was made, skipping Saturdays, Sundays and the bank holidays of England and Wales.';

const standDownWords =
  'A stand-down is a booking recorded as sent home for service issues on the day (ATSS) or stood down in advance by the service (AASD), on a session dated in the period; each is one person at one session, as the Board report counts them.';

const courtWords = 'The court column counts only the orders the court made.';

const sum = (orders: readonly OrderFacts[], of: (o: OrderFacts) => number) =>
  orders.reduce((t, o) => t + of(o), 0);

/** The order figures of a set of live orders (the court's, or all of them). */
function orderFiguresOf(orders: readonly OrderFacts[], target: number) {
  const waiting = orders.flatMap((o) => (o.waitingDays === null ? [] : [o.waitingDays]));
  return {
    live: orders.length,
    outstanding: sum(orders, (o) => o.outstandingMinutes),
    atRisk: orders.filter((o) => o.atRisk).length,
    need: sum(orders, (o) => o.needMinutes),
    waiting: waiting.length,
    waitingPastTarget: waiting.filter((d) => d > target).length,
    longestWait: waiting.length ? Math.max(...waiting) : null,
  };
}

/** "1 order" / "3 orders". */
const counted = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function assembleFigures(f: FigureFacts): NoticeFigures {
  const { policy, capacity } = f;
  const target = policy.workingDaysToFirstSession;
  const minimum = `${policy.minimumHoursPerWeek} hours`;
  const court = orderFiguresOf(
    f.orders.filter((o) => o.courtId === f.court.id),
    target,
  );
  const office = orderFiguresOf(f.orders, target);
  const shortfall = Math.max(0, office.need - capacity.offerableMinutes);
  const hoursShort = capacity.offerableMinutes < office.need;
  const supervisorsShort = capacity.supervisorSessionsAvailable < f.supervisorSessionsNeeded;
  const both = (courtValue: number | null, officeValue: number | null) => ({
    court: courtValue,
    office: officeValue,
  });
  const officeOnly = (value: number) => ({ court: null, office: value });
  const figures: NoticeFigure[] = [
    {
      key: 'liveOrders',
      group: 'Orders',
      label: 'Live orders',
      unit: 'count',
      ...both(court.live, office.live),
      definition: `Orders still live (not completed, revoked, transferred or otherwise ended) on the day the notice was made. ${courtWords}`,
    },
    {
      key: 'hoursOutstanding',
      group: 'Orders',
      label: 'Hours outstanding on live orders',
      unit: 'minutes',
      ...both(court.outstanding, office.outstanding),
      definition:
        'Hours ordered less hours credited (at sessions and by adjustment), added up over the live orders, as on the home page and each order’s page.',
    },
    {
      key: 'ordersAtRisk',
      group: 'Orders',
      label: 'Orders at risk of missing their end date',
      unit: 'count',
      ...both(court.atRisk, office.atRisk),
      definition: `Live orders with hours outstanding that will not be done by their end date, as on the Orders at risk page: the sessions booked for the person in the four weeks from the day the notice was made (leaving out those stood down in advance or rescheduled), taken as hours a week, would finish the hours outstanding after the end date, or the end date has passed. With nothing booked, an order is at risk when even the policy minimum of ${minimum} a week from that day would not finish it in time.`,
    },
    {
      key: 'waitingForFirstSession',
      group: 'Waiting',
      label: 'People waiting for a first session',
      unit: 'count',
      ...both(court.waiting, office.waiting),
      definition:
        'Live orders whose person has not yet worked a session: none attended without being stood down (attended and complied, attended and failed to comply, or sent home for behaviour), at any placement, the Pre Placement Work Session included, on or before the day the notice was made. This is the first session as the Board report counts it: people on the waiting list before or at their Pre Placement Work Session, and people allocated who have not yet started.',
    },
    {
      key: 'waitingPastTarget',
      group: 'Waiting',
      label: `Of them, waiting more than ${target} working days`,
      unit: 'count',
      ...both(court.waitingPastTarget, office.waitingPastTarget),
      definition: `Of the people waiting for a first session, those sentenced more than ${target} working days before the day the notice was made: the policy target from sentence to first session. ${workingDayWords}`,
    },
    {
      key: 'longestWait',
      group: 'Waiting',
      label: 'Longest wait for a first session',
      unit: 'workingDays',
      ...both(court.longestWait, office.longestWait),
      definition: `The most working days since sentence of anyone waiting for a first session (none when nobody is waiting). ${workingDayWords}`,
    },
    {
      key: 'standDowns',
      group: 'Stand-downs in the period',
      label: 'People stood down',
      unit: 'count',
      ...both(f.standDowns.court, f.standDowns.office),
      definition: `${standDownWords} The court column counts the stand-downs of people on the court’s orders.`,
    },
    {
      key: 'standDownHoursLost',
      group: 'Stand-downs in the period',
      label: 'Hours of work lost to stand-downs',
      unit: 'minutes',
      ...both(f.standDowns.courtLost, f.standDowns.officeLost),
      definition:
        'The session’s scheduled length, start to finish, for each stand-down in the period, as the Board report counts the hours lost.',
    },
    {
      key: 'hoursNeeded',
      group: 'Hours a week',
      label: 'Hours a week the live orders need',
      unit: 'minutes',
      ...both(court.need, office.need),
      definition: `For each live order with hours outstanding: those hours over the weeks left to its end date (the days from the day the notice was made to the end date, both counted, divided by 7), but never less than the policy minimum of ${minimum} a week nor more than the hours outstanding. An order with less than a week left, or past its end date, needs all its outstanding hours at once, counted as at most ${formatMinutes(mostMinutesInAWeek)} in the week (the most anyone works in a week, intensive working). Added up over the live orders.`,
    },
    {
      key: 'hoursOfferable',
      group: 'Hours a week',
      label: 'Hours a week the office can offer',
      unit: 'minutes',
      ...officeOnly(capacity.offerableMinutes),
      definition: `From the placements in use on the day the notice was made: active, not an induction or Pre Placement Work Session placement, and with the health and safety risk assessment in date (its review not yet past due). Each placement offers, in a usual week, its places × its session length (start to finish) for each session of its weekly pattern. Group placements need UPW supervisors: in each session of the week (a day’s morning, afternoon or evening) the group places of all the group placements running then count only up to the supervisors in post with training in date who work that session × the policy’s ${policy.peoplePerSupervisor} people per supervisor, given to the longest sessions first${capacity.groupPlacesCut ? ` (this left ${counted(capacity.groupPlacesCut, 'group place')} a week without a supervisor)` : ''}. Individual and employability placements are supervised by others and count in full. Bank holidays, absences and supervisors’ time at induction sessions are not taken off. The placements serve every court’s orders, so this is the office’s figure only.`,
    },
    {
      key: 'weeklyShortfall',
      group: 'Hours a week',
      label: 'Shortfall a week',
      unit: 'minutes',
      ...officeOnly(shortfall),
      definition:
        'The hours a week the office’s live orders need less the hours a week it can offer; nothing when it can offer enough.',
    },
    {
      key: 'placementsInUse',
      group: 'Hours a week',
      label: 'Placements in use',
      unit: 'count',
      ...officeOnly(capacity.placements),
      definition:
        'The placements counted in the hours the office can offer: active, not for induction or the Pre Placement Work Session, with the health and safety risk assessment in date on the day the notice was made.',
    },
    {
      key: 'supervisorsInPost',
      group: 'Supervisors',
      label: 'Supervisors in post with training in date',
      unit: 'count',
      ...officeOnly(capacity.supervisorsInPost),
      definition:
        'Staff of the supervisor role still marked in post who held risk of harm and health and safety training in date on the day the notice was made (completed by then and not expired), as the Board report counts them. Supervisors work with every court’s orders, so this is the office’s figure only.',
    },
    {
      key: 'supervisorSessionsAvailable',
      group: 'Supervisors',
      label: 'Supervisor-sessions they can work a week',
      unit: 'number',
      ...officeOnly(capacity.supervisorSessionsAvailable),
      definition:
        'The sessions those supervisors work in a usual week by their rota: each day’s morning, afternoon or evening they work counts as one session.',
    },
    {
      key: 'supervisorSessionsNeeded',
      group: 'Supervisors',
      label: 'Supervisor-sessions needed a week in the period',
      unit: 'number',
      ...officeOnly(f.supervisorSessionsNeeded),
      definition:
        'As the Board report’s supervisors needed a week: for each session held in the period at a group placement or an induction and Pre Placement Work Session placement (all run by UPW supervisors), the people booked on it divided by the people per supervisor of the policy in force on its date, rounded up; added up and divided by the weeks in the period (its days ÷ 7), to one decimal place.',
    },
  ];
  return {
    court: f.court,
    period: f.period,
    asOf: f.asOf,
    policy: {
      minimumHoursPerWeek: policy.minimumHoursPerWeek,
      peoplePerSupervisor: policy.peoplePerSupervisor,
      workingDaysToFirstSession: target,
    },
    figures,
    hoursShort,
    supervisorsShort,
    summary: summaryOf(f, court, office, shortfall, supervisorsShort),
    notes: [
      `Figures of orders, people waiting, hours a week, placements and supervisors are as they stood on ${formatDate(f.asOf)}, the day the notice was made; stand-downs and the supervisor-sessions needed count the period ${formatDate(f.period.from)} to ${formatDate(f.period.to)}.`,
      `The court column counts the orders made by ${f.court.name}; the office column every order of the office, whichever court made it. Placements and supervisors serve every court, so their figures are the office’s only (shown as —).`,
      `Policy settings in force on ${formatDate(f.asOf)}: at least ${minimum} of work offered a week; ${policy.peoplePerSupervisor} people per supervisor in a group; a first session within ${target} working days of sentence.`,
    ],
  };
}

function summaryOf(
  f: FigureFacts,
  court: ReturnType<typeof orderFiguresOf>,
  office: ReturnType<typeof orderFiguresOf>,
  shortfall: number,
  supervisorsShort: boolean,
): string {
  const offer = formatMinutes(f.capacity.offerableMinutes);
  const need = formatMinutes(office.need);
  const hours =
    shortfall > 0
      ? `The office can offer ${offer} of unpaid work a week against the ${need} a week its live orders need: ${formatMinutes(shortfall)} a week short.`
      : `The office can offer ${offer} of unpaid work a week, enough for the ${need} a week its live orders need.`;
  const orders =
    court.live === 0
      ? `No order made by ${f.court.name} is live.`
      : `${f.court.name} made ${counted(court.live, 'live order')} of the office’s ${office.live.toLocaleString('en-GB')}, with ${formatMinutes(court.outstanding)} outstanding; ${court.atRisk.toLocaleString('en-GB')} ${court.atRisk === 1 ? 'is' : 'are'} at risk of missing the end date and ${counted(court.waiting, 'person waits', 'people wait')} for a first session.`;
  const supervisors = supervisorsShort
    ? ` Its ${counted(f.capacity.supervisorsInPost, 'supervisor')} in post can work ${counted(f.capacity.supervisorSessionsAvailable, 'supervisor-session')} a week against ${f.supervisorSessionsNeeded} needed a week in the period.`
    : '';
  return `${hours}${supervisors} ${orders}`;
}
