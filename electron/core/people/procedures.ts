import { AppError, notFound, refuseFields } from '../../../shared/errors';
import type { Context, Handlers } from '../context';
import { findStaff } from '../staff/store';
import {
  findPerson,
  insertPerson,
  listPeople,
  ordersOfPerson,
  personWithReference,
  updatePerson,
  type PersonValues,
} from './store';

function checkPerson(values: PersonValues, { db, today }: Context, exceptId?: number) {
  const fields: Record<string, string> = {};
  if (values.dateOfBirth >= today) fields.dateOfBirth = 'Date of birth must be in the past';
  else if (values.dateOfBirth < '1900-01-01')
    fields.dateOfBirth = 'Date of birth must be after 01/01/1900';
  const manager = findStaff(db, values.caseManagerId);
  if (!manager || manager.role !== 'CASE_MANAGER')
    fields.caseManagerId = 'Case manager must be one of the office’s case managers';
  refuseFields(fields);
  const other = personWithReference(db, values.caseReference, exceptId);
  if (other) {
    const message = `Case reference ${values.caseReference} is already used by ${other.familyName}, ${other.givenNames}`;
    throw new AppError('CONFLICT', message, { caseReference: message });
  }
}

export const peopleProcedures: Handlers<'people'> = {
  create: (values, ctx) => {
    checkPerson(values, ctx);
    return findPerson(ctx.db, insertPerson(ctx.db, values, ctx.now))!;
  },
  update: ({ id, ...values }, ctx) => {
    if (!findPerson(ctx.db, id)) throw notFound('The person');
    checkPerson(values, ctx, id);
    updatePerson(ctx.db, id, values);
    return findPerson(ctx.db, id)!;
  },
  get: ({ id }, { db }) => {
    const person = findPerson(db, id);
    if (!person) throw notFound('The person');
    return { ...person, orders: ordersOfPerson(db, id) };
  },
  list: (query, { db }) => listPeople(db, query),
};
