import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type {
  AssessmentKind,
  Restriction,
  RiskFlag,
  RiskLevel,
} from '../../../shared/placement-codes';
import { codeList, createdAt, idColumn } from '../db/columns';
import { orders } from '../orders/schema';

/** Every risk of harm assessment of an order; the latest (by date, then entry) governs allocation. */
export const riskAssessments = sqliteTable(
  'risk_assessments',
  {
    id: idColumn(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    level: text('level').$type<RiskLevel>().notNull(),
    flags: codeList<RiskFlag>('flags'),
    restrictions: codeList<Restriction>('restrictions'),
    exclusionArea: text('exclusion_area'),
    kind: text('kind').$type<AssessmentKind>().notNull(),
    assessor: text('assessor').notNull(),
    assessedOn: text('assessed_on').notNull(),
    notes: text('notes'),
    createdAt: createdAt(),
  },
  (t) => [index('risk_assessments_order').on(t.orderId, t.assessedOn)],
);
