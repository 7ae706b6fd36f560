import type Database from 'better-sqlite3';

/**
 * A constructed office for the court shortfall notice, written straight into a migrated database
 * with SQL so that every date is exactly as the test says. Today is Thursday 26/11/2026; the
 * notice's period is the four weeks from Friday 30/10/2026 to today. The figures worked out by
 * hand from it are in notices.test.ts.
 *
 * Courts (made by the test through the procedures): Northvale Magistrates' (M), Northvale Crown (C).
 *
 * Supervisors, and who counts as in post with training in date on 26/11/2026:
 *   Gareth Lewis  trained, works Saturday mornings              counted
 *   Ann Boyd      trained, works Wednesday afternoons           counted
 *   Tom Reed      health and safety expired 01/10/2026; Sat/Sun  not counted
 *   Lee Old       trained but no longer in post; Sunday          not counted
 *
 * Placements (the last three are not in use):
 *   Riverside Garden  group, Sat + Sun mornings, 09:00–16:00 (7 h), 10 places
 *   Canal Path        group, Sat mornings, 09:00–13:00 (4 h), 6 places
 *   Charity Shop      individual, Mon + Tue mornings, 09:00–13:00 (4 h), 1 place
 *   Park Wednesdays   group, Wed afternoons, 13:00–17:00 (4 h), 8 places, review due today
 *   Old Library       group, Sat mornings, health and safety review was due 25/11/2026
 *   Depot Induction   induction and PPWS, Mon mornings, 09:00–12:00
 *   Closed Allotment  group, no longer active
 *
 * Orders (hours ordered, credited, outstanding; end date; what happened):
 *   M Adams   120 h, 40 h, 80 h; ends 02/03/2027; worked; booked 4 Saturdays ahead (28 h)
 *   M Baker   200 h, 20 h, 180 h; ends 05/01/2027; worked; stood down twice; nothing ahead
 *   M Clark    60 h, 0, 60 h; sentenced Mon 02/11/2026; rescheduled, then absent: waiting
 *   M Davies   40 h, 0, 40 h; sentenced Fri 20/11/2026; stood down twice: waiting
 *   M Evans   100 h, 90 h, 10 h; ended 01/10/2026 (passed), still live; worked
 *   M Fox      40 h, 40 h; completed 01/09/2026: not live
 *   C Green   300 h, 100 h, 200 h; ends 10/02/2027; worked; booked 2 Saturdays ahead (14 h)
 *   C Hughes   80 h, 0, 80 h; sentenced Mon 12/10/2026; stood down, then ill: waiting
 */

const enteredAt = '2026-01-01T09:00:00.000Z';

type Row = Record<string, string | number | null>;

export interface NoticeData {
  orders: Record<
    'adams' | 'baker' | 'clark' | 'davies' | 'evans' | 'fox' | 'green' | 'hughes',
    number
  >;
  /** Clark's booking at the Charity Shop on Tuesday 24/11/2026, its register not yet in. */
  clarkShopSession: number;
}

export function buildNoticeData(
  sqlite: Database.Database,
  courts: { magistrates: number; crown: number },
  caseManagerId: number,
): NoticeData {
  sqlite.pragma('foreign_keys = ON');
  const insert = (table: string, row: Row): number => {
    const keys = Object.keys(row);
    const sql = `INSERT INTO ${table} (${keys.map((k) => `"${k}"`).join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`;
    return Number(sqlite.prepare(sql).run(row).lastInsertRowid);
  };

  const supervisor = (name: string, slots: string[], active = true) =>
    insert('staff', {
      name,
      role: 'SUPERVISOR',
      active: active ? 1 : 0,
      working_slots: JSON.stringify(slots),
      created_at: enteredAt,
    });
  const training = (staffId: number, kind: string, completedOn: string, expiresOn: string) =>
    insert('staff_training', {
      staff_id: staffId,
      kind,
      completed_on: completedOn,
      expires_on: expiresOn,
      created_at: enteredAt,
    });
  const trained = (staffId: number) => {
    training(staffId, 'RISK_OF_HARM', '2026-01-10', '2028-01-10');
    training(staffId, 'HEALTH_AND_SAFETY', '2026-01-10', '2028-01-10');
  };
  const gareth = supervisor('Gareth Lewis', ['SAT_MORNING']);
  trained(gareth);
  const ann = supervisor('Ann Boyd', ['WED_AFTERNOON']);
  trained(ann);
  const tom = supervisor('Tom Reed', ['SAT_MORNING', 'SUN_MORNING']);
  training(tom, 'RISK_OF_HARM', '2026-01-10', '2028-01-10');
  training(tom, 'HEALTH_AND_SAFETY', '2023-10-01', '2026-10-01');
  const lee = supervisor('Lee Old', ['SUN_MORNING'], false);
  trained(lee);

  const placement = (
    name: string,
    p: {
      type: string;
      sessions: string[];
      start: string;
      end: string;
      capacity: number;
      reviewDue?: string;
      active?: boolean;
    },
  ) =>
    insert('placements', {
      name,
      beneficiary: `${name} Trust`,
      contact_name: 'Helen Moss',
      address: '1 River Lane, Northvale',
      area: 'Northvale',
      type: p.type,
      sessions: JSON.stringify(p.sessions),
      start_time: p.start,
      end_time: p.end,
      capacity: p.capacity,
      max_risk_level: 'HIGH',
      excluded_flags: '[]',
      suits: '[]',
      features: '[]',
      skills: '[]',
      transport_provided: 0,
      health_and_safety_assessed_on: '2025-11-01',
      health_and_safety_review_due: p.reviewDue ?? '2027-06-01',
      active: p.active === false ? 0 : 1,
      created_at: enteredAt,
    });
  const garden = placement('Riverside Garden', {
    type: 'GROUP',
    sessions: ['SAT_MORNING', 'SUN_MORNING'],
    start: '09:00',
    end: '16:00',
    capacity: 10,
  });
  const canal = placement('Canal Path', {
    type: 'GROUP',
    sessions: ['SAT_MORNING'],
    start: '09:00',
    end: '13:00',
    capacity: 6,
  });
  const shop = placement('Charity Shop', {
    type: 'INDIVIDUAL',
    sessions: ['MON_MORNING', 'TUE_MORNING'],
    start: '09:00',
    end: '13:00',
    capacity: 1,
  });
  const park = placement('Park Wednesdays', {
    type: 'GROUP',
    sessions: ['WED_AFTERNOON'],
    start: '13:00',
    end: '17:00',
    capacity: 8,
    reviewDue: '2026-11-26',
  });
  placement('Old Library', {
    type: 'GROUP',
    sessions: ['SAT_MORNING'],
    start: '09:00',
    end: '16:00',
    capacity: 10,
    reviewDue: '2026-11-25',
  });
  const depot = placement('Depot Induction', {
    type: 'INDUCTION_PPWS',
    sessions: ['MON_MORNING'],
    start: '09:00',
    end: '12:00',
    capacity: 20,
  });
  placement('Closed Allotment', {
    type: 'GROUP',
    sessions: ['WED_AFTERNOON'],
    start: '13:00',
    end: '17:00',
    capacity: 8,
    active: false,
  });

  let reference = 0;
  const order = (
    familyName: string,
    o: {
      court: number;
      sentenced: string;
      endDate: string;
      hours: number;
      credited: number;
      status?: string;
      endedOn?: string;
    },
  ) => {
    reference += 1;
    const person = insert('people', {
      case_reference: `CSN${String(reference).padStart(5, '0')}`,
      family_name: familyName,
      given_names: 'Sam',
      date_of_birth: '1990-01-01',
      gender: 'MALE',
      ethnicity: 'WHITE_BRITISH',
      disability: 'NO',
      religion: 'NONE',
      first_language: 'English',
      interpreter_needed: 0,
      case_manager_id: caseManagerId,
      search_text: familyName.toLowerCase(),
      created_at: enteredAt,
    });
    return insert('orders', {
      person_id: person,
      court_id: o.court,
      sentence_date: o.sentenced,
      age_at_sentence: 36,
      hours_ordered_minutes: o.hours * 60,
      requirement_type: 'COMMUNITY_ORDER',
      offence_category: 'THEFT',
      offence: 'Theft from a shop',
      status: o.status ?? 'LIVE',
      ended_on: o.endedOn ?? null,
      end_date: o.endDate,
      credited_minutes: o.credited * 60,
      created_at: enteredAt,
    });
  };
  const M = courts.magistrates;
  const C = courts.crown;
  const orders = {
    adams: order('Adams', {
      court: M,
      sentenced: '2026-03-02',
      endDate: '2027-03-02',
      hours: 120,
      credited: 40,
    }),
    baker: order('Baker', {
      court: M,
      sentenced: '2026-01-05',
      endDate: '2027-01-05',
      hours: 200,
      credited: 20,
    }),
    clark: order('Clark', {
      court: M,
      sentenced: '2026-11-02',
      endDate: '2027-11-02',
      hours: 60,
      credited: 0,
    }),
    davies: order('Davies', {
      court: M,
      sentenced: '2026-11-20',
      endDate: '2027-11-20',
      hours: 40,
      credited: 0,
    }),
    evans: order('Evans', {
      court: M,
      sentenced: '2025-10-01',
      endDate: '2026-10-01',
      hours: 100,
      credited: 90,
    }),
    fox: order('Fox', {
      court: M,
      sentenced: '2025-06-01',
      endDate: '2026-06-01',
      hours: 40,
      credited: 40,
      status: 'COMPLETED',
      endedOn: '2026-09-01',
    }),
    green: order('Green', {
      court: C,
      sentenced: '2026-02-10',
      endDate: '2027-02-10',
      hours: 300,
      credited: 100,
    }),
    hughes: order('Hughes', {
      court: C,
      sentenced: '2026-10-12',
      endDate: '2027-10-12',
      hours: 80,
      credited: 0,
    }),
  };

  const session = (placementId: number, date: string, start: string, end: string) =>
    insert('sessions', {
      placement_id: placementId,
      date,
      start_time: start,
      end_time: end,
      leader_id: gareth,
      capacity: 12,
      created_at: enteredAt,
    });
  const book = (sessionId: number, orderId: number, outcome: string | null, cause?: string) =>
    insert('bookings', {
      session_id: sessionId,
      order_id: orderId,
      outcome,
      stand_down_cause: cause ?? null,
      recorded_at: outcome ? enteredAt : null,
      created_at: enteredAt,
    });
  const { adams, baker, clark, davies, evans, green, hughes } = orders;

  // Before the period: Saturday 24/10/2026 at the garden.
  const before = session(garden, '2026-10-24', '09:00', '16:00');
  book(before, adams, 'ATTC');
  book(before, green, 'AASD', 'NO_SUPERVISOR');

  // In the period.
  const canal14 = session(canal, '2026-11-14', '09:00', '13:00');
  book(canal14, baker, 'ATTC');
  book(canal14, hughes, 'ATSS', 'NO_WORK');
  const garden21 = session(garden, '2026-11-21', '09:00', '16:00');
  book(garden21, adams, 'ATTC');
  book(garden21, green, 'ATTC');
  book(garden21, baker, 'ATSS', 'NO_SUPERVISOR');
  book(garden21, evans, 'ATTC');
  const depot23 = session(depot, '2026-11-23', '09:00', '12:00');
  book(depot23, davies, 'AASD', 'NO_SUPERVISOR');
  book(depot23, clark, 'RSOF');
  const clarkShopSession = session(shop, '2026-11-24', '09:00', '13:00');
  book(clarkShopSession, clark, null);
  const park25 = session(park, '2026-11-25', '13:00', '17:00');
  book(park25, adams, 'ATTC');
  book(park25, baker, 'AASD', 'NO_TRANSPORT');
  book(park25, evans, 'ATTC');
  book(park25, green, 'ATTC');
  book(park25, clark, 'UACP');
  book(park25, hughes, 'AAME');
  book(park25, davies, 'ATSS', 'WEATHER');

  // Ahead of today: what is booked in the next four weeks.
  for (const date of ['2026-11-28', '2026-12-05', '2026-12-12', '2026-12-19']) {
    const ahead = session(garden, date, '09:00', '16:00');
    book(ahead, adams, null);
    if (date <= '2026-12-05') book(ahead, green, null);
    if (date === '2026-12-05') book(ahead, baker, 'AASD', 'NO_SUPERVISOR');
  }

  return { orders, clarkShopSession };
}
