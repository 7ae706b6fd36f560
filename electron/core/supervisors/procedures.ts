import { labelOf, staffRoles } from '../../../shared/codes';
import { supervisingRoles } from '../../../shared/contract/supervisors';
import { formatDate } from '../../../shared/dates';
import { fieldError, notFound, ruleError } from '../../../shared/errors';
import { absenceKinds, trainingKinds } from '../../../shared/session-codes';
import type { Context, Handlers } from '../context';
import {
  absenceDays,
  absenceOn,
  holdsInDate,
  latestOf,
  overlapping,
  reasonsUnfitOn,
  requiredTraining,
  trainingState,
} from './rules';
import {
  absencesOf,
  deleteAbsence,
  findAbsence,
  findMember,
  insertAbsence,
  insertTraining,
  supervisorMembers,
  trainingOf,
  updateRota,
  type AbsenceRow,
  type TrainingRow,
} from './store';

type Member = ReturnType<typeof supervisorMembers>[number];

const kindWords = (kind: AbsenceRow['kind']) => labelOf(absenceKinds, kind).toLowerCase();

function presentAbsence(a: AbsenceRow, today: string) {
  return {
    id: a.id,
    kind: a.kind,
    fromDate: a.fromDate,
    toDate: a.toDate,
    notes: a.notes,
    days: absenceDays(a.fromDate, a.toDate),
    ended: a.toDate < today,
  };
}

/** A supervisor as the list shows them on a date: rota, who is away, and how their training stands. */
function present(
  member: Member,
  absences: readonly AbsenceRow[],
  training: readonly TrainingRow[],
  on: string,
  today: string,
) {
  const record = { ...member, absences, training };
  const away = absenceOn(absences, on);
  return {
    id: member.id,
    name: member.name,
    role: member.role,
    active: member.active,
    gender: member.gender,
    workingSlots: member.workingSlots,
    awayToday: away ? presentAbsence(away, today) : null,
    upcomingAbsences: absences.filter((a) => a.fromDate > on).map((a) => presentAbsence(a, today)),
    training: trainingKinds.map(({ code }) => {
      const latest = latestOf(training, code);
      return {
        kind: code,
        state: trainingState(latest?.expiresOn ?? null, on),
        completedOn: latest?.completedOn ?? null,
        expiresOn: latest?.expiresOn ?? null,
      };
    }),
    trainingInDate: requiredTraining.every((kind) => holdsInDate(record, kind, on)),
    unfitReasons: reasonsUnfitOn(record, on),
  };
}

function detail(ctx: Context, id: number, on = ctx.today) {
  const member = supervisorMembers(ctx.db, id)[0];
  if (!member) throw notFound('The supervisor');
  const absences = absencesOf(ctx.db, [id]);
  const training = trainingOf(ctx.db, [id]);
  const current = new Set(
    trainingKinds.map(({ code }) => latestOf(training, code)?.id).filter((x) => x !== undefined),
  );
  return {
    ...present(member, absences, training, on, ctx.today),
    absences: absences.toReversed().map((a) => presentAbsence(a, ctx.today)),
    trainingHistory: training.map((t) => ({
      id: t.id,
      kind: t.kind,
      completedOn: t.completedOn,
      expiresOn: t.expiresOn,
      current: current.has(t.id),
    })),
  };
}

/**
 * The member of staff a change is about: they must be a supervisor or UPW manager, and in post
 * unless `inPost` is false (an absence booked before they left can still be taken off).
 */
function supervising(ctx: Context, staffId: number, what: string, inPost = true) {
  const member = findMember(ctx.db, staffId);
  if (!member) throw notFound('The member of staff');
  if (!(supervisingRoles as readonly string[]).includes(member.role)) {
    throw ruleError(
      `${member.name} is a ${labelOf(staffRoles, member.role).toLowerCase()}: only supervisors and UPW managers have a rota, absences and training here`,
    );
  }
  if (inPost && !member.active) {
    throw ruleError(`${member.name} is no longer in post: ${what} cannot be changed`);
  }
  return member;
}

export const supervisorProcedures: Handlers<'supervisors'> = {
  list: ({ on }, ctx) => {
    const date = on ?? ctx.today;
    const members = supervisorMembers(ctx.db);
    const ids = members.map((m) => m.id);
    const absences = absencesOf(ctx.db, ids, date);
    const training = trainingOf(ctx.db, ids);
    return members.map((m) =>
      present(
        m,
        absences.filter((a) => a.staffId === m.id),
        training.filter((t) => t.staffId === m.id),
        date,
        ctx.today,
      ),
    );
  },

  get: ({ id, on }, ctx) => detail(ctx, id, on),

  saveRota: ({ staffId, gender, workingSlots }, ctx) => {
    supervising(ctx, staffId, 'their rota');
    updateRota(ctx.db, staffId, { gender, workingSlots });
    return detail(ctx, staffId);
  },

  addAbsence: ({ staffId, kind, fromDate, toDate, notes }, ctx) => {
    const member = supervising(ctx, staffId, 'their absences');
    const clash = overlapping(absencesOf(ctx.db, [staffId]), fromDate, toDate);
    if (clash) {
      const when =
        clash.fromDate === clash.toDate
          ? `on ${formatDate(clash.fromDate)}`
          : `from ${formatDate(clash.fromDate)} to ${formatDate(clash.toDate)}`;
      // On the day of the new absence that falls inside the one already recorded.
      const field = clash.fromDate <= fromDate ? 'fromDate' : 'toDate';
      throw fieldError(
        field,
        `${member.name} is already recorded as away (${kindWords(clash.kind)}) ${when}`,
      );
    }
    insertAbsence(ctx.db, { staffId, kind, fromDate, toDate, notes, createdAt: ctx.now });
    return detail(ctx, staffId);
  },

  removeAbsence: ({ absenceId }, ctx) => {
    const absence = findAbsence(ctx.db, absenceId);
    if (!absence) throw notFound('The absence');
    supervising(ctx, absence.staffId, 'their absences', false);
    if (absence.toDate < ctx.today) {
      throw ruleError(
        `This ${kindWords(absence.kind)} ended on ${formatDate(absence.toDate)}: an absence that has ended is kept as history and cannot be removed`,
      );
    }
    deleteAbsence(ctx.db, absenceId);
    return detail(ctx, absence.staffId);
  },

  recordTraining: ({ staffId, kind, completedOn, expiresOn }, ctx) => {
    const member = supervising(ctx, staffId, 'their training');
    if (completedOn > ctx.today) {
      throw fieldError('completedOn', 'Date completed cannot be in the future');
    }
    const same = trainingOf(ctx.db, [staffId]).find(
      (t) => t.kind === kind && t.completedOn === completedOn,
    );
    if (same) {
      throw fieldError(
        'completedOn',
        `${labelOf(trainingKinds, kind)} completed on ${formatDate(completedOn)} is already recorded for ${member.name}`,
      );
    }
    insertTraining(ctx.db, { staffId, kind, completedOn, expiresOn, createdAt: ctx.now });
    return detail(ctx, staffId);
  },
};
