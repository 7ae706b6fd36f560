import type { Restriction, Slot } from '../../../shared/placement-codes';
import { reasonsUnfit } from '../supervisors/rules';
import type { DemoSupervisor } from './staffing';
import type { SimOrder, SimPlacement } from './year-types';

/** One session of a day, before it runs: who is booked and who supervises. */
export interface Plan {
  p: SimPlacement;
  slot: Slot;
  booked: SimOrder[];
  /** Supervisors the bookings need: one for every six at a group. */
  needed: number;
  staff: DemoSupervisor[];
}

/** Whether a supervisor may work with everyone booked (the gender restrictions). */
function clear(s: DemoSupervisor, restrictions: readonly (readonly Restriction[])[]) {
  for (const r of restrictions) {
    if (r.includes('NOT_WITH_FEMALE_SUPERVISOR') && s.gender !== 'MALE') return false;
    if (r.includes('NOT_WITH_MALE_SUPERVISOR') && s.gender !== 'FEMALE') return false;
  }
  return true;
}

/**
 * Staffing the groups day by day as the rota does: supervisors fit on the date (working that
 * slot, not away, training in date), one session each a day, clear of the restrictions of
 * everyone booked, the least used first, then by name. Sessions still to come were staffed
 * before the latest sickness was reported, so it does not count for them.
 */
export function createDayStaffing(supervisors: readonly DemoSupervisor[], today: string) {
  const nameRank = new Map(
    [...supervisors]
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.id - b.id)
      .map((s, i) => [s.id, i]),
  );
  const usage = new Map<number, number>();
  const asPlanned = new Map(
    supervisors.map((s) => {
      const late = s.reportedLate;
      return [
        s.id,
        late ? { ...s, absences: s.absences.filter((a) => a.fromDate !== late.fromDate) } : s,
      ];
    }),
  );
  let fitToday = new Map<Slot, DemoSupervisor[]>();
  let busy = new Set<number>();

  function fitOn(date: string, slot: Slot): DemoSupervisor[] {
    let list = fitToday.get(slot);
    if (!list) {
      const future = date > today;
      list = supervisors.filter(
        (s) =>
          s.slots.has(slot) &&
          reasonsUnfit(future ? asPlanned.get(s.id)! : s, date, slot).length === 0,
      );
      fitToday.set(slot, list);
    }
    return list;
  }

  function staffFor(date: string, slot: Slot, wanted: number, booked: SimOrder[]) {
    const restrictions = booked
      .map((o) => o.journey.candidate?.assessment?.restrictions ?? [])
      .filter((r) => r.length > 0);
    const chosen: DemoSupervisor[] = [];
    const fit = fitOn(date, slot);
    const used = (s: DemoSupervisor) => usage.get(s.id) ?? 0;
    while (chosen.length < wanted) {
      let best: DemoSupervisor | null = null;
      for (const s of fit) {
        if (busy.has(s.id) || chosen.includes(s) || !clear(s, restrictions)) continue;
        if (
          !best ||
          used(s) < used(best) ||
          (used(s) === used(best) && nameRank.get(s.id)! < nameRank.get(best.id)!)
        )
          best = s;
      }
      if (!best) break;
      chosen.push(best);
    }
    return chosen;
  }

  return {
    newDay() {
      fitToday = new Map();
      busy = new Set();
    },
    /** Staffs a day's groups: one supervisor each first, then a second where the numbers need one. */
    staffDay(date: string, plans: Plan[]) {
      for (const round of [1, Infinity]) {
        for (const plan of plans) {
          const want = Math.min(plan.needed, round) - plan.staff.length;
          if (want <= 0) continue;
          for (const s of staffFor(date, plan.slot, want, plan.booked)) {
            plan.staff.push(s);
            busy.add(s.id);
            usage.set(s.id, (usage.get(s.id) ?? 0) + 1);
          }
        }
      }
    },
    /** A supervisor who rang in sick: on no other session that day. */
    off(staffId: number) {
      busy.add(staffId);
    },
  };
}
