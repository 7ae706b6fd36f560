import { addDays, addMonths } from '../../../shared/dates';
import type { Slot } from '../../../shared/placement-codes';
import type { AbsenceKind, StaffGender, TrainingKind } from '../../../shared/session-codes';
import type { SupervisorRecord } from '../supervisors/rules';
import type { DemoPlacement } from './placements';
import type { Random } from './random';
import type { DemoStatements } from './store';

/** A supervisor as the year of sessions sees them: the shared record, gender and rota. */
export interface DemoSupervisor extends SupervisorRecord {
  gender: StaffGender;
  absences: { kind: AbsenceKind; fromDate: string; toDate: string }[];
  training: { kind: TrainingKind; expiresOn: string }[];
  /** The rota as a set, for the many "do they work this slot" questions. */
  slots: ReadonlySet<Slot>;
  /** A sickness reported after the coming weeks' sessions were staffed. */
  reportedLate: { fromDate: string; toDate: string } | null;
}

const female = new Set([
  'Sarah',
  'Helen',
  'Rachel',
  'Claire',
  'Joanne',
  'Nicola',
  'Karen',
  'Lisa',
  'Amanda',
  'Fiona',
  'Yasmin',
  'Bronwen',
]);
const male = new Set([
  'David',
  'Michael',
  'Andrew',
  'Stephen',
  'Richard',
  'Peter',
  'Simon',
  'Martin',
  'Neil',
  'Gary',
  'Tariq',
]);

/** The gender of a member of staff, from the given names the demonstration office uses. */
export function staffGender(name: string): StaffGender {
  const given = name.split(' ')[0]!;
  return female.has(given) ? 'FEMALE' : male.has(given) ? 'MALE' : 'NOT_STATED';
}

/** The slots a session starting in this slot keeps a supervisor busy for. */
function slotsWorked(start: Slot): Slot[] {
  if (start.endsWith('_EVENING')) return [start];
  const day = start.slice(0, 3);
  return [`${day}_MORNING` as Slot, `${day}_AFTERNOON` as Slot];
}

/**
 * The supervisors' rota: each works three to five of the group placements' session times, chosen
 * where the largest share of the supervisors wanted (one per six places, with a little cover) is
 * still open, so that every time the groups run has its share of the staff, the weekends, when
 * most groups run, the most.
 */
export function makeRota(random: Random, count: number, work: readonly DemoPlacement[]): Slot[][] {
  const wanted = new Map<Slot, number>();
  for (const p of work) {
    if (p.type !== 'GROUP') continue;
    // A full group needs a supervisor for every six, and a little cover besides.
    const need = Math.ceil(p.perSession / 6) + 0.2;
    for (const slot of p.sessions) wanted.set(slot, (wanted.get(slot) ?? 0) + need);
  }
  const order = [...wanted.keys()].sort();
  const initial = new Map(wanted);
  return Array.from({ length: count }, () => {
    const shifts = random.weighted([
      [3, 2],
      [4, 5],
      [5, 3],
    ] as const);
    const chosen: Slot[] = [];
    for (let n = 0; n < shifts && chosen.length < order.length; n++) {
      let best: Slot | null = null;
      let most = -Infinity;
      for (const slot of order) {
        if (chosen.includes(slot)) continue;
        // The share of its need still open, so that a short office is short evenly; a little
        // noise shares equal needs out differently each time.
        const need = (wanted.get(slot) ?? 0) / initial.get(slot)! + random.next() * 0.05;
        if (need > most) {
          most = need;
          best = slot;
        }
      }
      chosen.push(best!);
      wanted.set(best!, (wanted.get(best!) ?? 0) - 1);
    }
    return chosen.flatMap(slotsWorked);
  });
}

const training: readonly TrainingKind[] = ['RISK_OF_HARM', 'HEALTH_AND_SAFETY', 'FIRST_AID'];
/** Every course counts for three years. */
const validMonths = 36;

const leaveNotes = ['Summer holiday', 'Family wedding', 'Half term', 'Christmas', null, null];
const sicknessNotes = ['Flu', 'Back strain', 'Stomach bug', 'Migraine', 'Chest infection'];

/**
 * Training and absences for the office's supervisors, written as the office keeps them: most
 * training in date, two courses running out within 60 days, one lapsed; leave and sickness
 * through the year, with one supervisor off sick since yesterday (reported after the coming
 * weeks were staffed) and another on leave next week.
 */
export function supervisorRecords(
  random: Random,
  put: DemoStatements,
  staff: readonly { id: number; name: string; slots: Slot[] }[],
  dates: { today: string; goLive: string; now: string },
): DemoSupervisor[] {
  const { today, goLive, now } = dates;
  const busiest = [...staff].sort((a, b) => b.slots.length - a.slots.length || a.id - b.id);
  const sickNow = busiest[0]?.id;
  const leaveSoon = busiest[1]?.id;
  const lapsed = staff[2]?.id;
  const expiring = new Map<number | undefined, TrainingKind>([
    [staff[3]?.id, 'FIRST_AID'],
    [staff[4]?.id, 'RISK_OF_HARM'],
  ]);

  return staff.map((member, i) => {
    const record: DemoSupervisor = {
      id: member.id,
      name: member.name,
      active: true,
      gender: staffGender(member.name),
      workingSlots: member.slots,
      slots: new Set(member.slots),
      absences: [],
      training: [],
      reportedLate: null,
    };
    const away = (kind: AbsenceKind, fromDate: string, toDate: string, notes: string | null) => {
      if (record.absences.some((a) => a.fromDate <= toDate && a.toDate >= fromDate)) return false;
      record.absences.push({ kind, fromDate, toDate });
      put.absence.run(member.id, kind, fromDate, toDate, notes, now);
      return true;
    };

    if (member.id === sickNow) {
      const spell = { fromDate: addDays(today, -1), toDate: addDays(today, 4) };
      away('SICKNESS', spell.fromDate, spell.toDate, 'Flu: rang in yesterday morning');
      record.reportedLate = spell;
    }
    if (member.id === leaveSoon) away('ANNUAL_LEAVE', addDays(today, 3), addDays(today, 9), null);

    for (const kind of training) {
      let expiresOn = addDays(today, random.int(95, 1000));
      if (member.id === lapsed && kind === 'HEALTH_AND_SAFETY') expiresOn = addDays(today, -12);
      if (expiring.get(member.id) === kind) expiresOn = addDays(today, i === 3 ? 20 : 45);
      const completedOn = addMonths(expiresOn, -validMonths);
      // Half of them have the course before on file too.
      if (random.chance(0.5)) {
        const earlier = addMonths(completedOn, -validMonths);
        put.training.run(member.id, kind, earlier, addDays(completedOn, -random.int(0, 20)), now);
      }
      put.training.run(member.id, kind, completedOn, expiresOn, now);
      record.training.push({ kind, expiresOn });
      if (completedOn >= goLive && completedOn <= today)
        away(
          'TRAINING',
          completedOn,
          completedOn,
          `${kind.replace(/_/g, ' ').toLowerCase()} course`,
        );
    }

    // Five weeks or so of leave a year, some of it booked ahead.
    const span = random.int(3, 4);
    for (let n = 0, tries = 0; n < span && tries < 20; tries++) {
      const from = addDays(goLive, random.int(0, 420));
      if (away('ANNUAL_LEAVE', from, addDays(from, random.int(2, 9)), random.pick(leaveNotes)))
        n += 1;
    }
    const spells = random.chance(0.45) ? (random.chance(0.3) ? 2 : 1) : 0;
    for (let n = 0; n < spells; n++) {
      const from = addDays(goLive, random.int(0, 350));
      away('SICKNESS', from, addDays(from, random.int(0, 4)), random.pick(sicknessNotes));
    }
    if (i === 5) {
      const from = addDays(today, -random.int(120, 200));
      away('SICKNESS', from, addDays(from, random.int(14, 24)), 'Back injury: phased return');
    }
    record.absences.sort((a, b) => a.fromDate.localeCompare(b.fromDate));
    return record;
  });
}
