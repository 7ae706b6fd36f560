import type { Sqlite } from '../db/open';

/** Prepared inserts for bulk generation: a region is ~80,000 rows, too many for per-row query building. */
export function demoStatements(sqlite: Sqlite) {
  return {
    office: sqlite.prepare(
      'INSERT INTO office (id, name, is_demo, created_at) VALUES (1, ?, 1, ?)',
    ),
    court: sqlite.prepare(
      'INSERT INTO courts (name, kind, active, created_at) VALUES (?, ?, 1, ?)',
    ),
    staff: sqlite.prepare(
      'INSERT INTO staff (name, role, email, phone, team, active, created_at) VALUES (?, ?, ?, ?, ?, 1, ?)',
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
    booking:
      sqlite.prepare(`INSERT INTO bookings (session_id, order_id, outcome, arrived_at, left_at,
      penalty_minutes, credited_minutes, alert_case_manager, recorded_at, created_at)
      VALUES (?, ?, ?, ?, ?, 0, ?, 0, ?, ?)`),
    allocation:
      sqlite.prepare(`INSERT INTO allocations (order_id, placement_id, risk_assessment_id, allocated_on,
      fit_score, rank, reason, method, ended_on, created_at) VALUES (?, ?, ?, ?, ?, ?, NULL, 'SINGLE', ?, ?)`),
    adjustment: sqlite.prepare(
      'INSERT INTO ledger_adjustments (order_id, date, minutes, reason, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
  };
}
