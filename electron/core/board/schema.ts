import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { TargetDimension, TargetFeature } from '../../../shared/session-codes';
import { createdAt, idColumn } from '../db/columns';

/**
 * A local diversity target for a year: at least `targetPercent` of the people of a group who
 * started a placement that year were placed where the work offers the feature.
 */
export const localTargets = sqliteTable(
  'local_targets',
  {
    id: idColumn(),
    year: integer('year').notNull(),
    dimension: text('dimension').$type<TargetDimension>().notNull(),
    /** A code of the dimension's list (an ethnic group's heading, a gender, an age band, YES/NO). */
    groupCode: text('group_code').notNull(),
    feature: text('feature').$type<TargetFeature>().notNull(),
    targetPercent: integer('target_percent').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('local_targets_key').on(t.year, t.dimension, t.groupCode, t.feature)],
);
