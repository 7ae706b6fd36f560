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
    adjustment: sqlite.prepare(
      'INSERT INTO ledger_adjustments (order_id, date, minutes, reason, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
  };
}
