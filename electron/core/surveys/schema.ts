import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Answer } from '../../../shared/session-codes';
import { createdAt, idColumn } from '../db/columns';
import { placements } from '../placements/schema';

/** A beneficiary's answers about the work done for them at a placement. */
export const beneficiarySurveys = sqliteTable(
  'beneficiary_surveys',
  {
    id: idColumn(),
    placementId: integer('placement_id')
      .notNull()
      .references(() => placements.id),
    surveyedOn: text('surveyed_on').notNull(),
    respondent: text('respondent').notNull(),
    /** 1 (very dissatisfied) to 5 (very satisfied). */
    qualityRating: integer('quality_rating').notNull(),
    communicationRating: integer('communication_rating').notNull(),
    wouldTakeAgain: text('would_take_again').$type<Answer>().notNull(),
    valueToThem: text('value_to_them').notNull(),
    comments: text('comments'),
    recordedBy: text('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('beneficiary_surveys_placement').on(t.placementId, t.surveyedOn)],
);
