import { AppError, notFound } from '../../../shared/errors';
import type { Handlers } from '../context';
import { courtNamed, findCourt, insertCourt, listCourts, updateCourt } from './store';

export const courtProcedures: Handlers<'courts'> = {
  list: (_input, { db }) => listCourts(db),
  save: ({ id, ...values }, { db, now }) => {
    if (courtNamed(db, values.name, id)) {
      const message = `Court name "${values.name}" is already in the list`;
      throw new AppError('CONFLICT', message, { name: message });
    }
    if (id === undefined) return findCourt(db, insertCourt(db, { ...values, createdAt: now }))!;
    if (updateCourt(db, id, values) === 0) throw notFound('The court');
    return findCourt(db, id)!;
  },
};
