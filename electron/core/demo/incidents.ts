import { minutesOf } from '../sessions/rules';
import { plusDays } from './days';
import { timeOf } from './outcomes';
import type { DemoSupervisor } from './staffing';
import { incidentText } from './texts';
import type { SimOrder, SimPlacement, YearContext } from './year-types';

/**
 * A health and safety report from a session: mostly near misses, some accidents with first aid,
 * a few incidents; during the session, reported to the manager that day or the next.
 */
export function reportIncident(
  ctx: YearContext,
  p: SimPlacement,
  session: { sessionId: number; date: string; attended: SimOrder[]; leader: DemoSupervisor | null },
) {
  const { random, today } = ctx;
  const kind = random.weighted([
    ['NEAR_MISS', 60],
    ['ACCIDENT', 25],
    ['INCIDENT', 15],
  ] as const);
  const text = incidentText(random, kind);
  const involved = random.pick(session.attended).person.label;
  const from = minutesOf(p.startTime);
  const at = from + 5 * random.int(3, Math.floor((minutesOf(p.endTime) - from) / 5) - 3);
  const reportedOn =
    random.chance(0.7) || session.date === today ? session.date : plusDays(session.date, 1);
  ctx.put.incident.run({
    sessionId: session.sessionId,
    kind,
    occurredAt: timeOf(at),
    whatHappened: text.what,
    peopleInvolved: kind === 'NEAR_MISS' ? `The group; ${involved} nearest` : involved,
    injuries: text.injuries,
    firstAidGiven: text.firstAid ? 1 : 0,
    actionTaken: text.action,
    reportedTo: ctx.managerName,
    reportedOn,
    recordedBy: session.leader?.name ?? random.pick(ctx.officeStaff),
    createdAt: ctx.now,
  });
  ctx.counts.incidents += 1;
  ctx.counts.rows += 1;
}
