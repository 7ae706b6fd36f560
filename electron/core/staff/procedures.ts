import { notFound } from '../../../shared/errors';
import type { Handlers } from '../context';
import { findStaff, insertStaff, listStaff, updateStaff } from './store';

export const staffProcedures: Handlers<'staff'> = {
  list: ({ role }, { db }) => listStaff(db, role),
  save: ({ id, ...values }, { db, now }) => {
    if (id === undefined) return findStaff(db, insertStaff(db, { ...values, createdAt: now }))!;
    if (updateStaff(db, id, values) === 0) throw notFound('The member of staff');
    return findStaff(db, id)!;
  },
};
