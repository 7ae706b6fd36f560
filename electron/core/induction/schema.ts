import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type {
  BasicSkillLevel,
  PlacementPreference,
  Skill,
  Slot,
  TransportMode,
} from '../../../shared/placement-codes';
import { codeList, createdAt, flag, idColumn } from '../db/columns';
import { orders } from '../orders/schema';
import { staff } from '../staff/schema';

/** The induction interview: the person's side of the needs analysis. The latest one is used. */
export const inductions = sqliteTable(
  'inductions',
  {
    id: idColumn(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    inductedOn: text('inducted_on').notNull(),
    inductedBy: integer('inducted_by')
      .notNull()
      .references(() => staff.id),
    availability: codeList<Slot>('availability'),
    health: text('health'),
    wheelchairUser: flag('wheelchair_user'),
    caringDuties: text('caring_duties'),
    transport: text('transport').$type<TransportMode>().notNull(),
    homeArea: text('home_area'),
    reading: text('reading').$type<BasicSkillLevel>().notNull(),
    writing: text('writing').$type<BasicSkillLevel>().notNull(),
    numeracy: text('numeracy').$type<BasicSkillLevel>().notNull(),
    skills: codeList<Skill>('skills'),
    workHistory: text('work_history'),
    employabilityNeed: flag('employability_need'),
    employabilityNotes: text('employability_notes'),
    religiousObservance: text('religious_observance'),
    languageNeeds: text('language_needs'),
    preference: text('preference').$type<PlacementPreference>().notNull(),
    clothingSize: text('clothing_size').notNull(),
    footwearSize: text('footwear_size').notNull(),
    gloveSize: text('glove_size'),
    healthAndSafetyBriefed: flag('health_and_safety_briefed'),
    createdAt: createdAt(),
  },
  (t) => [index('inductions_order').on(t.orderId, t.inductedOn)],
);
