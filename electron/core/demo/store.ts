import type { Sqlite } from '../db/open';

/** Prepared inserts for bulk generation: a region is ~80,000 rows, too many for per-row query building. */
export function demoStatements(sqlite: Sqlite) {
  return {
    office: sqlite.prepare(
      'INSERT INTO office (id, name, is_demo, address, phone, email, created_at) VALUES (1, ?, 1, ?, ?, ?, ?)',
    ),
    court: sqlite.prepare(
      'INSERT INTO courts (name, kind, active, created_at) VALUES (?, ?, 1, ?)',
    ),
    staff: sqlite.prepare(
      `INSERT INTO staff (name, role, email, phone, team, active, gender, working_slots, created_at)
      VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)`,
    ),
    person:
      sqlite.prepare(`INSERT INTO people (case_reference, family_name, given_names, date_of_birth, gender,
      ethnicity, disability, disability_details, religion, first_language, interpreter_needed, phone, email, address,
      postcode, case_manager_id, search_text, created_at)
      VALUES (@caseReference, @familyName, @givenNames, @dateOfBirth, @gender, @ethnicity, @disability,
      @disabilityDetails, @religion, @firstLanguage, @interpreterNeeded, @phone, @email, @address, @postcode,
      @caseManagerId, @searchText, @createdAt)`),
    order: sqlite.prepare(`INSERT INTO orders (person_id, court_id, sentence_date, age_at_sentence,
      hours_ordered_minutes, requirement_type, offence_category, offence, status, ended_on, end_date,
      credited_minutes, created_at)
      VALUES (@personId, @courtId, @sentenceDate, @ageAtSentence, @hoursOrderedMinutes, @requirementType,
      @offenceCategory, @offence, @status, @endedOn, @endDate, @creditedMinutes, @createdAt)`),
    extension: sqlite.prepare(
      'INSERT INTO order_extensions (order_id, granted_on, new_end_date, reason, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    credit: sqlite.prepare('UPDATE orders SET credited_minutes = ? WHERE id = ?'),
    /** How a simulated order stands at the end of the year of sessions. */
    settle: sqlite.prepare(
      'UPDATE orders SET status = ?, ended_on = ?, end_date = ?, credited_minutes = ? WHERE id = ?',
    ),
    placement:
      sqlite.prepare(`INSERT INTO placements (name, beneficiary, contact_name, contact_phone, contact_email,
      address, area, type, sessions, start_time, end_time, capacity, max_risk_level, excluded_flags, suits, features,
      skills, transport_provided, health_and_safety_assessed_on, health_and_safety_review_due, health_and_safety_notes,
      active, created_at)
      VALUES (@name, @beneficiary, @contactName, @contactPhone, @contactEmail, @address, @area, @type, @sessions,
      @startTime, @endTime, @capacity, @maxRiskLevel, @excludedFlags, @suits, @features, @skills, @transportProvided,
      @healthAndSafetyAssessedOn, @healthAndSafetyReviewDue, NULL, 1, @createdAt)`),
    assessment:
      sqlite.prepare(`INSERT INTO risk_assessments (order_id, level, flags, restrictions, exclusion_area,
      kind, assessor, assessed_on, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`),
    induction:
      sqlite.prepare(`INSERT INTO inductions (order_id, inducted_on, inducted_by, availability, health,
      wheelchair_user, caring_duties, transport, home_area, reading, writing, numeracy, skills, work_history,
      employability_need, employability_notes, religious_observance, language_needs, preference, clothing_size,
      footwear_size, glove_size, health_and_safety_briefed, created_at)
      VALUES (@orderId, @inductedOn, @inductedBy, @availability, NULL, @wheelchairUser, NULL, @transport, @homeArea,
      @reading, @writing, @numeracy, @skills, NULL, @employabilityNeed, NULL, NULL, NULL, @preference, @clothingSize,
      @footwearSize, NULL, 1, @createdAt)`),
    session:
      sqlite.prepare(`INSERT INTO sessions (placement_id, date, start_time, end_time, leader_id, capacity,
      created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    sessionSupervisor: sqlite.prepare(
      'INSERT INTO session_supervisors (session_id, staff_id, created_at) VALUES (?, ?, ?)',
    ),
    booking:
      sqlite.prepare(`INSERT INTO bookings (session_id, order_id, outcome, arrived_at, left_at,
      penalty_minutes, credited_minutes, alert_case_manager, recorded_at, created_at)
      VALUES (?, ?, ?, ?, ?, 0, ?, 0, ?, ?)`),
    /** A register row with everything a supervisor's register holds (positional: the hottest insert). */
    register:
      sqlite.prepare(`INSERT INTO bookings (session_id, order_id, outcome, arrived_at, left_at,
      penalty_minutes, credited_minutes, work_quality, behaviour, stand_down_cause, notes, alert_case_manager,
      recorded_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    allocation:
      sqlite.prepare(`INSERT INTO allocations (order_id, placement_id, risk_assessment_id, allocated_on,
      fit_score, rank, reason, method, ended_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'SINGLE', ?, ?)`),
    endAllocation: sqlite.prepare('UPDATE allocations SET ended_on = ? WHERE id = ?'),
    adjustment: sqlite.prepare(
      'INSERT INTO ledger_adjustments (order_id, date, minutes, reason, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    absence: sqlite.prepare(
      'INSERT INTO staff_absences (staff_id, kind, from_date, to_date, notes, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    training: sqlite.prepare(
      'INSERT INTO staff_training (staff_id, kind, completed_on, expires_on, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    decision: sqlite.prepare(`INSERT INTO enforcement_decisions (order_id, booking_id, decision,
      failure_date, decided_on, respond_by, reason, decided_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    alert:
      sqlite.prepare(`INSERT INTO case_manager_alerts (order_id, source, raised_on, message, sent_on,
      sent_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    incident: sqlite.prepare(`INSERT INTO incidents (session_id, kind, occurred_at, what_happened,
      people_involved, injuries, first_aid_given, action_taken, reported_to, reported_on, recorded_by, created_at)
      VALUES (@sessionId, @kind, @occurredAt, @whatHappened, @peopleInvolved, @injuries, @firstAidGiven,
      @actionTaken, @reportedTo, @reportedOn, @recordedBy, @createdAt)`),
    plan: sqlite.prepare(`INSERT INTO supervision_plans (order_id, agreed_on, objectives, review_every_weeks,
      agreed_by, created_at) VALUES (?, ?, ?, ?, ?, ?)`),
    review: sqlite.prepare(
      'INSERT INTO supervision_reviews (order_id, reviewed_on, progress, reviewed_by, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    note: sqlite.prepare(
      'INSERT INTO order_notes (order_id, author, written_by, text, alert_case_manager, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    ending: sqlite.prepare(
      'INSERT INTO order_endings (order_id, reason, recorded_by, created_at) VALUES (?, ?, ?, ?)',
    ),
    exitInterview:
      sqlite.prepare(`INSERT INTO exit_interviews (order_id, interviewed_on, what_they_did,
      what_they_learned, skills_gained, treatment_rating, work_worthwhile, will_volunteer, offered_paid_work,
      further_offence, comments, interviewed_by, created_at)
      VALUES (@orderId, @interviewedOn, @whatTheyDid, @whatTheyLearned, @skillsGained, @treatmentRating,
      @workWorthwhile, @willVolunteer, @offeredPaidWork, @furtherOffence, @comments, @interviewedBy, @createdAt)`),
    survey:
      sqlite.prepare(`INSERT INTO beneficiary_surveys (placement_id, surveyed_on, respondent, quality_rating,
      communication_rating, would_take_again, value_to_them, comments, recorded_by, created_at)
      VALUES (@placementId, @surveyedOn, @respondent, @qualityRating, @communicationRating, @wouldTakeAgain,
      @valueToThem, @comments, @recordedBy, @createdAt)`),
    target:
      sqlite.prepare(`INSERT INTO local_targets (year, dimension, group_code, feature, target_percent,
      created_at) VALUES (?, ?, ?, ?, ?, ?)`),
    notice:
      sqlite.prepare(`INSERT INTO court_notices (number, court_id, period_from, period_to, issued_on,
      signed_off_by, signed_off_role, actions, figures, issued_by_account, created_at)
      VALUES (@number, @courtId, @periodFrom, @periodTo, @issuedOn, @signedOffBy, @signedOffRole, @actions,
      @figures, @issuedByAccount, @createdAt)`),
  };
}

export type DemoStatements = ReturnType<typeof demoStatements>;
