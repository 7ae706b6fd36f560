import type { StaffMember } from '../../../shared/contract/staff';
import { labelOf, staffRoles } from '../../../shared/codes';
import type { PlacementType } from '../../../shared/placement-codes';

/** The session list's filter by placement type, in the words the office uses for each kind. */
export const sessionKinds: { code: PlacementType; label: string }[] = [
  { code: 'INDUCTION_PPWS', label: 'Pre Placement Work Sessions' },
  { code: 'GROUP', label: 'Group placements' },
  { code: 'INDIVIDUAL', label: 'Individual placements' },
  { code: 'EMPLOYABILITY', label: 'Employability, training and education' },
];

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Thu 26/11/2026": the day of the week matters when booking people by their availability. */
export function dayAndDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  const day = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).getUTCDay();
  return `${weekdays[day]} ${d}/${m}/${y}`;
}

/** Unpaid Work staff in post who can lead a session (not case managers), supervisors first. */
export function leaderOptions(staff: readonly StaffMember[] | undefined) {
  const leads = (s: StaffMember) => (s.role === 'SUPERVISOR' || s.role === 'UPW_MANAGER' ? 0 : 1);
  return (staff ?? [])
    .filter((s) => s.active && s.role !== 'CASE_MANAGER')
    .toSorted((a, b) => leads(a) - leads(b) || a.name.localeCompare(b.name))
    .map((s) => ({ code: s.id, label: `${s.name} (${labelOf(staffRoles, s.role)})` }));
}
