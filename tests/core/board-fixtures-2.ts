import type Database from 'better-sqlite3';
import { defaultPolicy, type Policy } from '../../shared/policy';

/**
 * A constructed data set for the diversity, enforcement, exit interview, survey, outcome and
 * capacity figures of the Board report, written straight into a migrated database with SQL so
 * that every date is exactly as the test says. The report compared is July to September 2026
 * against April to June 2026; the figures worked out by hand are in board-figures-2.test.ts.
 */

const enteredAt = '2026-01-01T09:00:00.000Z';

type Row = Record<string, string | number | null>;

/** Row builders: each inserts one row with sensible defaults and returns its id. */
export function boardBuilder(sqlite: Database.Database) {
  sqlite.pragma('foreign_keys = ON');
  const insert = (table: string, row: Row): number => {
    const keys = Object.keys(row);
    const sql = `INSERT INTO ${table} (${keys.map((k) => `"${k}"`).join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`;
    return Number(sqlite.prepare(sql).run(row).lastInsertRowid);
  };
  // A second builder on the same database reuses the court and the case manager.
  const existing = (sql: string) => (sqlite.prepare(sql).get() as { id: number } | undefined)?.id;
  const court =
    existing("SELECT id FROM courts WHERE kind = 'MAGISTRATES' ORDER BY id LIMIT 1") ??
    insert('courts', {
      name: "Northvale Magistrates' Court",
      kind: 'MAGISTRATES',
      active: 1,
      created_at: enteredAt,
    });
  const caseManager =
    existing("SELECT id FROM staff WHERE role = 'CASE_MANAGER' ORDER BY id LIMIT 1") ??
    insert('staff', {
      name: 'Sarah Hughes',
      role: 'CASE_MANAGER',
      active: 1,
      created_at: enteredAt,
    });
  let reference = (sqlite.prepare('SELECT COUNT(*) AS n FROM people').get() as { n: number }).n;

  const b = {
    caseManager,
    person(
      familyName: string,
      p: { ethnicity: string; gender: string; disability: string; dateOfBirth?: string },
    ) {
      reference += 1;
      return insert('people', {
        case_reference: `BR${String(reference).padStart(6, '0')}`,
        family_name: familyName,
        given_names: 'Sam',
        date_of_birth: p.dateOfBirth ?? '1990-01-01',
        gender: p.gender,
        ethnicity: p.ethnicity,
        disability: p.disability,
        religion: 'NONE',
        first_language: 'English',
        interpreter_needed: 0,
        case_manager_id: caseManager,
        search_text: familyName.toLowerCase(),
        created_at: enteredAt,
      });
    },
    order(
      personId: number,
      o: {
        sentenceDate: string;
        age: number;
        status?: string;
        endedOn?: string | null;
        requirementType?: string;
      },
    ) {
      return insert('orders', {
        person_id: personId,
        court_id: court,
        sentence_date: o.sentenceDate,
        age_at_sentence: o.age,
        hours_ordered_minutes: 100 * 60,
        requirement_type: o.requirementType ?? 'COMMUNITY_ORDER',
        offence_category: 'THEFT',
        offence: 'Theft from a shop',
        status: o.status ?? 'LIVE',
        ended_on: o.endedOn ?? null,
        end_date: `${Number(o.sentenceDate.slice(0, 4)) + 1}${o.sentenceDate.slice(4)}`,
        credited_minutes: 0,
        created_at: enteredAt,
      });
    },
    placement(
      name: string,
      p: {
        type?: string;
        features?: string[];
        suits?: string[];
        reviewDue: string;
        active?: boolean;
        createdOn?: string;
      },
    ) {
      return insert('placements', {
        name,
        beneficiary: `${name} Trust`,
        contact_name: 'Helen Moss',
        address: '1 River Lane, Northvale',
        area: 'Northvale',
        type: p.type ?? 'GROUP',
        sessions: JSON.stringify(['SAT_MORNING']),
        start_time: '09:00',
        end_time: '16:00',
        capacity: 12,
        max_risk_level: 'HIGH',
        excluded_flags: '[]',
        suits: JSON.stringify(p.suits ?? []),
        features: JSON.stringify(p.features ?? []),
        skills: '[]',
        transport_provided: 0,
        health_and_safety_assessed_on: '2025-06-01',
        health_and_safety_review_due: p.reviewDue,
        active: p.active === false ? 0 : 1,
        created_at: p.createdOn ? `${p.createdOn}T09:00:00.000Z` : enteredAt,
      });
    },
    /** An allocation, with the completed assessment it was made under. */
    allocate(orderId: number, placementId: number, on: string) {
      const assessment = insert('risk_assessments', {
        order_id: orderId,
        level: 'LOW',
        flags: '[]',
        restrictions: '[]',
        kind: 'FULL',
        assessor: 'Sarah Hughes',
        assessed_on: on,
        created_at: enteredAt,
      });
      return insert('allocations', {
        order_id: orderId,
        placement_id: placementId,
        risk_assessment_id: assessment,
        allocated_on: on,
        fit_score: 10,
        rank: 1,
        method: 'SINGLE',
        created_at: enteredAt,
      });
    },
    session(placementId: number, date: string) {
      return insert('sessions', {
        placement_id: placementId,
        date,
        start_time: '09:00',
        end_time: '16:00',
        capacity: 12,
        created_at: enteredAt,
      });
    },
    book(sessionId: number, orderId: number, outcome: string | null = null) {
      return insert('bookings', {
        session_id: sessionId,
        order_id: orderId,
        outcome,
        created_at: enteredAt,
      });
    },
    supervisor(name: string, active = true) {
      return insert('staff', {
        name,
        role: 'SUPERVISOR',
        active: active ? 1 : 0,
        created_at: enteredAt,
      });
    },
    training(staffId: number, kind: string, completedOn: string, expiresOn: string) {
      return insert('staff_training', {
        staff_id: staffId,
        kind,
        completed_on: completedOn,
        expires_on: expiresOn,
        created_at: enteredAt,
      });
    },
    assign(sessionId: number, staffId: number) {
      return insert('session_supervisors', {
        session_id: sessionId,
        staff_id: staffId,
        created_at: enteredAt,
      });
    },
    /** A decision on a failure: its own session (at `placementId`) and booking on the failure's date. */
    decide(orderId: number, placementId: number, decision: string, decidedOn: string) {
      const failureDate = decidedOn;
      const booking = b.book(b.session(placementId, failureDate), orderId, 'UACP');
      return insert('enforcement_decisions', {
        order_id: orderId,
        booking_id: booking,
        decision,
        failure_date: failureDate,
        decided_on: decidedOn,
        reason: 'No reason given',
        decided_by: 'Test Manager',
        created_at: enteredAt,
      });
    },
    exitInterview(
      orderId: number,
      x: {
        on: string;
        worthwhile: string;
        volunteer: string;
        paidWork: boolean;
        treatment: number;
        furtherOffence: string;
        comments?: string | null;
      },
    ) {
      return insert('exit_interviews', {
        order_id: orderId,
        interviewed_on: x.on,
        what_they_did: 'Gardening',
        what_they_learned: 'Using tools safely',
        skills_gained: '[]',
        treatment_rating: x.treatment,
        work_worthwhile: x.worthwhile,
        will_volunteer: x.volunteer,
        offered_paid_work: x.paidWork ? 1 : 0,
        further_offence: x.furtherOffence,
        comments: x.comments ?? null,
        interviewed_by: 'Priya Shah',
        created_at: enteredAt,
      });
    },
    incident(sessionId: number, kind: string) {
      return insert('incidents', {
        session_id: sessionId,
        kind,
        occurred_at: '10:00',
        what_happened: 'Something happened',
        people_involved: 'One person on the order',
        action_taken: 'Dealt with on site',
        reported_to: 'Site contact',
        reported_on: '2026-01-01',
        recorded_by: 'Test Manager',
        created_at: enteredAt,
      });
    },
    survey(
      placementId: number,
      s: { on: string; quality: number; communication: number; again: string; comments?: string },
    ) {
      return insert('beneficiary_surveys', {
        placement_id: placementId,
        surveyed_on: s.on,
        respondent: 'Helen Moss',
        quality_rating: s.quality,
        communication_rating: s.communication,
        would_take_again: s.again,
        value_to_them: 'A great help',
        comments: s.comments ?? null,
        recorded_by: 'Test Manager',
        created_at: enteredAt,
      });
    },
    target(year: number, dimension: string, groupCode: string, feature: string, percent: number) {
      return insert('local_targets', {
        year,
        dimension,
        group_code: groupCode,
        feature,
        target_percent: percent,
        created_at: enteredAt,
      });
    },
    policy(effectiveFrom: string, values: Partial<Policy>) {
      return insert('policy_versions', {
        effective_from: effectiveFrom,
        values: JSON.stringify({ ...defaultPolicy, ...values }),
        reason: 'Board test',
        created_at: enteredAt,
      });
    },
  };
  return b;
}

/**
 * The data set. People (ethnicity, gender, disability; age at sentence of each order):
 *
 * | person | ethnicity (group)                | gender | disab. | order: sentenced, age, requirement, status            |
 * | Adams  | WHITE_BRITISH (White)            | MALE   | NO     | #1 20/06/2026, 17, community, live                    |
 * |        |                                  |        |        | #2 01/08/2026, 18, suspended sentence, live           |
 * | Baker  | BLACK_CARIBBEAN (Black)          | FEMALE | YES    | 01/07/2026, 20, suspended sentence, live              |
 * | Clarke | ASIAN_INDIAN (Asian)             | MALE   | NO     | 10/07/2026, 30, community, live                       |
 * | Davies | WHITE_IRISH (White)              | FEMALE | NO     | 20/07/2026, 16, youth rehabilitation, live            |
 * | Evans  | MIXED_WHITE_BLACK_CARIBBEAN      | MALE   | NOT_ST.| 20/08/2026, 52, community, live                       |
 * | Foster | WHITE_OTHER (White)              | MALE   | NO     | 20/05/2026, 40, community, completed 31/08/2026       |
 * | Green  | WHITE_BRITISH (White)            | FEMALE | NO     | 10/09/2026, 24, community, live                       |
 * | Hughes | NOT_STATED (Not stated)          | OTHER  | NO     | 25/09/2026, 19, community, live                       |
 * | Irwin  | BLACK_AFRICAN (Black)            | MALE   | NO     | 10/03/2026, 17, community, revoked 30/06/2026         |
 * | Jones  | WHITE_BRITISH (White)            | MALE   | NO     | 01/03/2026, 28, community, completed 01/07/2026       |
 * | Kaur   | ASIAN_INDIAN (Asian)             | FEMALE | NO     | 01/06/2025, 45, community, completed 15/05/2026       |
 * | Nash, Oliver, Patel, Quinn: orders completed before April 2026 (live in neither period)  |
 *
 * Placements (type; features; suits; review due; active; set up):
 * PL1 Riverside Garden: group; skills learning + beneficiary contact; suitable 16–17; 01/06/2027
 * PL2 Canal Clean-up: group; visible reparation only; 15/09/2026
 * PL3 Charity Shop: individual; Guided Skills Learning; 30/09/2026
 * PL4 Old Depot: group; beneficiary contact; 01/01/2025; NOT active
 * PL5 Induction Room: induction and PPWS; 01/01/2027
 * PL6 Food Bank: group; beneficiary contact; 01/08/2027; set up 01/08/2026
 * PL7 Church Hall: group; 01/12/2026; set up 10/02/2026
 * PL8 Park Lodge: group; 29/09/2026; set up 30/06/2026
 */
export function buildBoardData(sqlite: Database.Database) {
  const b = boardBuilder(sqlite);
  const person = (name: string, ethnicity: string, gender: string, disability: string) =>
    b.person(name, { ethnicity, gender, disability });

  const adams = person('Adams', 'WHITE_BRITISH', 'MALE', 'NO');
  const baker = person('Baker', 'BLACK_CARIBBEAN', 'FEMALE', 'YES');
  const clarke = person('Clarke', 'ASIAN_INDIAN', 'MALE', 'NO');
  const davies = person('Davies', 'WHITE_IRISH', 'FEMALE', 'NO');
  const evans = person('Evans', 'MIXED_WHITE_BLACK_CARIBBEAN', 'MALE', 'NOT_STATED');
  const foster = person('Foster', 'WHITE_OTHER', 'MALE', 'NO');
  const green = person('Green', 'WHITE_BRITISH', 'FEMALE', 'NO');
  const hughes = person('Hughes', 'NOT_STATED', 'OTHER', 'NO');
  const irwin = person('Irwin', 'BLACK_AFRICAN', 'MALE', 'NO');
  const jones = person('Jones', 'WHITE_BRITISH', 'MALE', 'NO');
  const kaur = person('Kaur', 'ASIAN_INDIAN', 'FEMALE', 'NO');
  const nash = person('Nash', 'WHITE_BRITISH', 'MALE', 'NO');
  const oliver = person('Oliver', 'WHITE_BRITISH', 'MALE', 'NO');
  const patel = person('Patel', 'ASIAN_INDIAN', 'MALE', 'NO');
  const quinn = person('Quinn', 'WHITE_BRITISH', 'FEMALE', 'NO');

  const live = (personId: number, sentenceDate: string, age: number, requirementType?: string) =>
    b.order(personId, { sentenceDate, age, requirementType });
  const ended = (
    personId: number,
    sentenceDate: string,
    age: number,
    status: string,
    endedOn: string,
  ) => b.order(personId, { sentenceDate, age, status, endedOn });

  const o = {
    adams: live(adams, '2026-06-20', 17),
    adams2: live(adams, '2026-08-01', 18, 'SUSPENDED_SENTENCE_ORDER'),
    baker: live(baker, '2026-07-01', 20, 'SUSPENDED_SENTENCE_ORDER'),
    clarke: live(clarke, '2026-07-10', 30),
    davies: live(davies, '2026-07-20', 16, 'YOUTH_REHABILITATION_ORDER'),
    evans: live(evans, '2026-08-20', 52),
    foster: ended(foster, '2026-05-20', 40, 'COMPLETED', '2026-08-31'),
    green: live(green, '2026-09-10', 24),
    hughes: live(hughes, '2026-09-25', 19),
    irwin: ended(irwin, '2026-03-10', 17, 'REVOKED', '2026-06-30'),
    jones: ended(jones, '2026-03-01', 28, 'COMPLETED', '2026-07-01'),
    kaur: ended(kaur, '2025-06-01', 45, 'COMPLETED', '2026-05-15'),
    nash: ended(nash, '2025-03-01', 30, 'COMPLETED', '2026-03-20'),
    oliver: ended(oliver, '2025-03-01', 30, 'COMPLETED', '2026-03-10'),
    patel: ended(patel, '2025-03-01', 30, 'COMPLETED', '2026-03-25'),
    quinn: ended(quinn, '2025-03-01', 30, 'COMPLETED', '2026-03-01'),
  };

  const pl1 = b.placement('Riverside Garden', {
    features: ['SKILLS_LEARNING', 'BENEFICIARY_CONTACT'],
    suits: ['SUITABLE_16_17'],
    reviewDue: '2027-06-01',
  });
  const pl2 = b.placement('Canal Clean-up', {
    features: ['VISIBLE_REPARATION'],
    reviewDue: '2026-09-15',
  });
  const pl3 = b.placement('Charity Shop', {
    type: 'INDIVIDUAL',
    features: ['GUIDED_SKILLS_LEARNING'],
    reviewDue: '2026-09-30',
  });
  const pl4 = b.placement('Old Depot', {
    features: ['BENEFICIARY_CONTACT'],
    reviewDue: '2025-01-01',
    active: false,
  });
  const pl5 = b.placement('Induction Room', { type: 'INDUCTION_PPWS', reviewDue: '2027-01-01' });
  const pl6 = b.placement('Food Bank', {
    features: ['BENEFICIARY_CONTACT'],
    reviewDue: '2027-08-01',
    createdOn: '2026-08-01',
  });
  b.placement('Church Hall', { reviewDue: '2026-12-01', createdOn: '2026-02-10' });
  b.placement('Park Lodge', { reviewDue: '2026-09-29', createdOn: '2026-06-30' });

  // Allocations: the first of each order is the one that counts.
  b.allocate(o.adams, pl1, '2026-07-06');
  b.allocate(o.baker, pl2, '2026-07-20');
  b.allocate(o.clarke, pl3, '2026-08-03');
  b.allocate(o.clarke, pl1, '2026-09-01'); // a move: not a start
  b.allocate(o.davies, pl2, '2026-08-10');
  b.allocate(o.evans, pl6, '2026-09-07');
  b.allocate(o.foster, pl1, '2026-06-15'); // started in April to June
  b.allocate(o.foster, pl2, '2026-07-15'); // a move in July: not a start
  b.allocate(o.green, pl1, '2026-09-30'); // last day; entered first on the day
  b.allocate(o.green, pl2, '2026-09-30'); // same day, entered second: not the first
  b.allocate(o.hughes, pl1, '2026-10-01'); // after the period
  b.allocate(o.irwin, pl2, '2026-04-01'); // started in April to June
  b.allocate(o.jones, pl1, '2026-03-31'); // before both periods

  // Local targets of 2026 (and one of 2025, which does not apply).
  b.target(2026, 'ETHNICITY', 'White', 'SKILLS_LEARNING', 60);
  b.target(
    2026,
    'ETHNICITY',
    'Black, Black British, Black Welsh, Caribbean or African',
    'BENEFICIARY_CONTACT',
    50,
  );
  b.target(2026, 'ETHNICITY', 'Other ethnic group', 'SKILLS_LEARNING', 40);
  b.target(2026, 'GENDER', 'FEMALE', 'BENEFICIARY_CONTACT', 50);
  b.target(2026, 'AGE_BAND', '16-17', 'SKILLS_LEARNING', 50);
  b.target(2026, 'DISABILITY', 'YES', 'SKILLS_LEARNING', 25);
  b.target(2025, 'ETHNICITY', 'White', 'BENEFICIARY_CONTACT', 90);

  // Enforcement decisions, each on its own failure at the charity shop (an individual placement).
  b.decide(o.baker, pl3, 'WARNING', '2026-07-15');
  b.decide(o.baker, pl3, 'BREACH', '2026-09-01');
  b.decide(o.clarke, pl3, 'WARNING', '2026-08-10');
  b.decide(o.davies, pl3, 'ACCEPTABLE', '2026-08-12');
  b.decide(o.adams2, pl3, 'WARNING', '2026-09-30');
  b.decide(o.jones, pl3, 'BREACH', '2026-07-01');
  b.decide(o.green, pl3, 'WARNING', '2026-10-01'); // after the period
  b.decide(o.irwin, pl3, 'WARNING', '2026-05-01');
  b.decide(o.irwin, pl3, 'BREACH', '2026-06-20');
  b.decide(o.kaur, pl3, 'ACCEPTABLE', '2026-04-10');
  b.decide(o.foster, pl3, 'WARNING', '2026-03-31'); // before both periods

  // Exit interviews.
  b.exitInterview(o.foster, {
    on: '2026-09-02',
    worthwhile: 'YES',
    volunteer: 'YES',
    paidWork: true,
    treatment: 5,
    furtherOffence: 'NO',
    comments: 'Learned to lay a hedge; the supervisor was fair.',
  });
  b.exitInterview(o.kaur, {
    on: '2026-07-03',
    worthwhile: 'NO',
    volunteer: 'NO',
    paidWork: false,
    treatment: 2,
    furtherOffence: 'YES',
  });
  b.exitInterview(o.nash, {
    on: '2026-07-08',
    worthwhile: 'UNSURE',
    volunteer: 'YES',
    paidWork: false,
    treatment: 4,
    furtherOffence: 'NO',
    comments: '   ',
  });
  b.exitInterview(o.oliver, {
    on: '2026-09-30',
    worthwhile: 'YES',
    volunteer: 'UNSURE',
    paidWork: true,
    treatment: 3,
    furtherOffence: 'UNSURE',
    comments: 'Would like more gardening.',
  });
  b.exitInterview(o.patel, {
    on: '2026-04-05',
    worthwhile: 'YES',
    volunteer: 'NO',
    paidWork: false,
    treatment: 4,
    furtherOffence: 'NO',
    comments: 'Good team.',
  });
  b.exitInterview(o.quinn, {
    on: '2026-06-30',
    worthwhile: 'YES',
    volunteer: 'YES',
    paidWork: false,
    treatment: 5,
    furtherOffence: 'NO',
  });

  // Policy: 5 people per supervisor and a survey every 3 months from January, 4 per supervisor from September.
  b.policy('2026-01-01', { peoplePerSupervisor: 5, surveyIntervalMonths: 3 });
  b.policy('2026-09-01', { peoplePerSupervisor: 4, surveyIntervalMonths: 3 });

  // Beneficiary surveys.
  b.survey(pl1, {
    on: '2026-07-10',
    quality: 5,
    communication: 4,
    again: 'YES',
    comments: 'They cleared the whole pond.',
  });
  b.survey(pl1, { on: '2026-09-20', quality: 4, communication: 4, again: 'YES' });
  b.survey(pl2, {
    on: '2026-08-15',
    quality: 2,
    communication: 3,
    again: 'NO',
    comments: 'Supervisor arrived late twice.',
  });
  b.survey(pl3, {
    on: '2026-05-01',
    quality: 3,
    communication: 5,
    again: 'UNSURE',
    comments: 'Fine.',
  });
  b.survey(pl6, { on: '2026-10-05', quality: 5, communication: 5, again: 'YES' });
  b.survey(pl4, { on: '2026-01-10', quality: 4, communication: 4, again: 'YES' });

  // Supervisors and their training.
  const gareth = b.supervisor('Gareth Lewis');
  b.training(gareth, 'RISK_OF_HARM', '2025-01-01', '2027-01-01');
  b.training(gareth, 'HEALTH_AND_SAFETY', '2025-01-01', '2026-09-30');
  const helen = b.supervisor('Helen Rees');
  b.training(helen, 'RISK_OF_HARM', '2025-01-01', '2027-01-01');
  b.training(helen, 'HEALTH_AND_SAFETY', '2024-09-29', '2026-09-29');
  const ian = b.supervisor('Ian Price');
  b.training(ian, 'RISK_OF_HARM', '2024-01-01', '2026-01-01');
  b.training(ian, 'RISK_OF_HARM', '2026-08-01', '2028-08-01');
  b.training(ian, 'HEALTH_AND_SAFETY', '2026-08-01', '2028-08-01');
  const jane = b.supervisor('Jane Owen', false);
  b.training(jane, 'RISK_OF_HARM', '2025-01-01', '2027-01-01');
  b.training(jane, 'HEALTH_AND_SAFETY', '2025-01-01', '2027-01-01');
  const ken = b.supervisor('Ken Morgan');
  b.training(ken, 'RISK_OF_HARM', '2025-01-01', '2027-01-01');
  b.training(ken, 'FIRST_AID', '2025-01-01', '2027-01-01');
  const lucy = b.supervisor('Lucy Ward');
  b.training(lucy, 'RISK_OF_HARM', '2026-01-01', '2026-06-30');
  b.training(lucy, 'HEALTH_AND_SAFETY', '2026-01-01', '2026-06-30');
  // A case manager with training is not a supervisor.
  b.training(b.caseManager, 'RISK_OF_HARM', '2025-01-01', '2027-01-01');

  // Sessions, bookings and the supervisors assigned.
  const orders = Object.values(o);
  const session = (placementId: number, date: string, booked: number, staff: number[]) => {
    const id = b.session(placementId, date);
    for (const orderId of orders.slice(0, booked)) b.book(id, orderId);
    for (const staffId of staff) b.assign(id, staffId);
    return id;
  };
  const c1 = session(pl1, '2026-07-04', 6, [gareth, helen]);
  session(pl2, '2026-08-08', 5, [gareth]);
  const c3 = session(pl1, '2026-09-05', 5, [ian]);
  session(pl5, '2026-07-11', 3, []);
  session(pl2, '2026-09-30', 0, [gareth]);
  const c6 = session(pl3, '2026-08-01', 2, []);
  const c7 = session(pl2, '2026-10-03', 4, [gareth]);
  const p1 = session(pl1, '2026-05-02', 11, [gareth, helen]);
  session(pl2, '2026-06-27', 4, [helen]);

  b.incident(c1, 'ACCIDENT');
  b.incident(c1, 'NEAR_MISS');
  b.incident(c3, 'INCIDENT');
  b.incident(c6, 'NEAR_MISS');
  b.incident(p1, 'ACCIDENT');
  b.incident(c7, 'INCIDENT');

  return { orders: o, placements: { pl1, pl2, pl3, pl4, pl5, pl6 } };
}
