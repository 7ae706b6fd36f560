import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type {
  PlacementSuit,
  PlacementType,
  QualityFeature,
  RiskFlag,
  RiskLevel,
  Skill,
  Slot,
} from '../../../shared/placement-codes';
import { codeList, createdAt, flag, idColumn } from '../db/columns';

export const placements = sqliteTable(
  'placements',
  {
    id: idColumn(),
    name: text('name').notNull(),
    beneficiary: text('beneficiary').notNull(),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    address: text('address').notNull(),
    area: text('area').notNull(),
    type: text('type').$type<PlacementType>().notNull(),
    sessions: codeList<Slot>('sessions'),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    capacity: integer('capacity').notNull(),
    maxRiskLevel: text('max_risk_level').$type<RiskLevel>().notNull(),
    excludedFlags: codeList<RiskFlag>('excluded_flags'),
    suits: codeList<PlacementSuit>('suits'),
    features: codeList<QualityFeature>('features'),
    skills: codeList<Skill>('skills'),
    transportProvided: flag('transport_provided'),
    healthAndSafetyAssessedOn: text('health_and_safety_assessed_on').notNull(),
    healthAndSafetyReviewDue: text('health_and_safety_review_due').notNull(),
    healthAndSafetyNotes: text('health_and_safety_notes'),
    active: flag('active'),
    createdAt: createdAt(),
  },
  (t) => [index('placements_active_name').on(t.active, t.name)],
);
