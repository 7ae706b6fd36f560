import { z } from 'zod';
import { codesOf, staffRoles } from '../codes';
import { managers, read, write } from './procedure';
import { id, oneOf, optionalEmail, optionalText, requiredText } from './fields';

const staffMember = z.object({
  id: z.number(),
  name: z.string(),
  role: z.enum(codesOf(staffRoles)),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  team: z.string().nullable(),
  active: z.boolean(),
});

export const staffInput = z.object({
  id: id('Staff member').optional(),
  name: requiredText('Name', 120),
  role: oneOf('Role', staffRoles),
  email: optionalEmail('Email'),
  phone: optionalText('Phone', 40),
  team: optionalText('Team', 120),
  active: z.boolean({ error: 'In post must be yes or no' }).default(true),
});

export const staff = {
  list: read(
    'Staff, optionally of one role, in post first then by name.',
    z.object({ role: oneOf('Role', staffRoles).optional() }),
    z.array(staffMember),
  ),
  save: write('Add a member of staff, or change one (by id).', staffInput, staffMember, {
    roles: managers,
  }),
};

export type StaffMember = z.output<typeof staffMember>;
