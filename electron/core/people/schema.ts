import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { DisabilityAnswer, Ethnicity, Gender, Religion } from '../../../shared/codes';
import { createdAt, flag, idColumn } from '../db/columns';
import { staff } from '../staff/schema';

export const people = sqliteTable(
  'people',
  {
    id: idColumn(),
    caseReference: text('case_reference').notNull(),
    familyName: text('family_name').notNull(),
    givenNames: text('given_names').notNull(),
    dateOfBirth: text('date_of_birth').notNull(),
    gender: text('gender').$type<Gender>().notNull(),
    ethnicity: text('ethnicity').$type<Ethnicity>().notNull(),
    disability: text('disability').$type<DisabilityAnswer>().notNull(),
    disabilityDetails: text('disability_details'),
    religion: text('religion').$type<Religion>().notNull(),
    firstLanguage: text('first_language').notNull(),
    interpreterNeeded: flag('interpreter_needed'),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    postcode: text('postcode'),
    caseManagerId: integer('case_manager_id')
      .notNull()
      .references(() => staff.id),
    /** Lower-case "family given reference" so one LIKE finds a person by any of them. */
    searchText: text('search_text').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('people_case_reference_unique').on(t.caseReference),
    index('people_name').on(t.familyName, t.givenNames),
    index('people_date_of_birth').on(t.dateOfBirth),
  ],
);
