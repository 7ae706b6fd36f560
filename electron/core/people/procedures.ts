import { ageOn, formatDate } from '../../../shared/dates';
import { AppError, fieldError, notFound, refuseFields } from '../../../shared/errors';
import { checkOrder } from '../../../shared/rules/orders';
import { orderAgeFacts, setAgeAtSentence } from '../orders/store';
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

function checkPerson(
  values: PersonValues,
  { db, today }: Context,
  existing?: { id: number; caseManagerId: number },
) {
  const fields: Record<string, string> = {};
  if (values.dateOfBirth >= today) fields.dateOfBirth = 'Date of birth must be in the past';
  else if (values.dateOfBirth < '1900-01-01')
    fields.dateOfBirth = 'Date of birth must be after 01/01/1900';
  const manager = findStaff(db, values.caseManagerId);
  const unchanged = existing?.caseManagerId === values.caseManagerId;
  if (!manager || manager.role !== 'CASE_MANAGER' || (!manager.active && !unchanged)) {
    fields.caseManagerId = 'Case manager must be one of the office’s case managers in post';
  }
  refuseFields(fields);
  const other = personWithReference(db, values.caseReference, existing?.id);
  if (other) {
    const message = `Case reference ${values.caseReference} is already used by ${other.familyName}, ${other.givenNames}`;
    throw new AppError('CONFLICT', message, { caseReference: message });
  }
}

/** A corrected date of birth must still fit every order's age rules; the stored ages follow it. */
function recheckAges(ctx: Context, personId: number, dateOfBirth: string) {
  for (const order of orderAgeFacts(ctx.db, personId)) {
    const facts = { ...order, hours: order.hoursOrderedMinutes / 60 };
    const problem = Object.values(checkOrder(facts, { today: order.sentenceDate, dateOfBirth }))[0];
    if (problem) {
      throw fieldError(
        'dateOfBirth',
        `This date of birth does not fit the order of ${formatDate(order.sentenceDate)}: ${problem}`,
      );
    }
    setAgeAtSentence(ctx.db, order.id, ageOn(dateOfBirth, order.sentenceDate));
  }
}

export const peopleProcedures: Handlers<'people'> = {
  create: (values, ctx) => {
    checkPerson(values, ctx);
    return findPerson(ctx.db, insertPerson(ctx.db, values, ctx.now))!;
  },
  update: ({ id, ...values }, ctx) => {
    const existing = findPerson(ctx.db, id);
    if (!existing) throw notFound('The person');
    checkPerson(values, ctx, existing);
    updatePerson(ctx.db, id, values);
    if (values.dateOfBirth !== existing.dateOfBirth) recheckAges(ctx, id, values.dateOfBirth);
    return findPerson(ctx.db, id)!;
  },
  get: ({ id }, { db }) => {
    const person = findPerson(db, id);
    if (!person) throw notFound('The person');
    return { ...person, orders: ordersOfPerson(db, id) };
  },
  list: (query, { db }) => listPeople(db, query),
};
