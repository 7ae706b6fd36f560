import { formatDate } from '../../../shared/dates';
import { notFound, refuseFields, ruleError } from '../../../shared/errors';
import { incidentKinds } from '../../../shared/session-codes';
import type { Handlers } from '../context';
import { findSession } from '../sessions/store';
import { checkIncident, summarise } from './rules';
import {
  countIncidentsByKind,
  findIncident,
  incidentsOfSession,
  insertIncident,
  listIncidents,
} from './store';

export const incidentProcedures: Handlers<'incidents'> = {
  report: (input, ctx) => {
    const session = findSession(ctx.db, input.sessionId);
    if (!session) throw notFound('The session');
    if (session.date > ctx.today) {
      throw ruleError(
        `This session is on ${formatDate(session.date)}, which has not come yet: an incident is reported once it has happened.`,
      );
    }
    refuseFields(checkIncident(input, session, ctx.today));
    const id = insertIncident(ctx.db, {
      ...input,
      recordedBy: ctx.account!.name,
      createdAt: ctx.now,
    });
    return findIncident(ctx.db, id)!;
  },

  list: ({ from, to }, ctx) => {
    refuseFields(to < from ? { to: 'To must not be before From' } : {});
    const rows = listIncidents(ctx.db, from, to).map((i) => ({
      id: i.id,
      sessionId: i.sessionId,
      sessionDate: i.sessionDate,
      placementName: i.placementName,
      kind: i.kind,
      occurredAt: i.occurredAt,
      firstAidGiven: i.firstAidGiven,
      reportedTo: i.reportedTo,
      reportedOn: i.reportedOn,
      summary: summarise(i.whatHappened),
      injured: i.injuries !== null,
    }));
    const counted = new Map(countIncidentsByKind(ctx.db, from, to).map((c) => [c.kind, c.count]));
    return {
      rows,
      counts: incidentKinds.map(({ code }) => ({ kind: code, count: counted.get(code) ?? 0 })),
      total: rows.length,
    };
  },

  forSession: ({ sessionId }, ctx) => {
    if (!findSession(ctx.db, sessionId)) throw notFound('The session');
    return incidentsOfSession(ctx.db, sessionId);
  },
};
