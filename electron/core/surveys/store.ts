import { and, asc, desc, eq, gte, lte, ne, sql } from 'drizzle-orm';
import type { Answer } from '../../../shared/session-codes';
import type { Db } from '../db/open';
import { placements } from '../placements/schema';
import { beneficiarySurveys } from './schema';

/** Placements whose beneficiaries are surveyed: in use, and not the office's own induction and PPWS. */
const surveyed = and(eq(placements.active, true), ne(placements.type, 'INDUCTION_PPWS'));

// Correlated on the outer table by name (see db/columns.ts).
const lastSurveyedOn = sql<
  string | null
>`(SELECT MAX(s.surveyed_on) FROM beneficiary_surveys s WHERE s.placement_id = placements.id)`;
const surveyCount = sql<number>`(SELECT COUNT(*) FROM beneficiary_surveys s WHERE s.placement_id = placements.id)`;

function scheduleRows(db: Db) {
  return db
    .select({
      placementId: placements.id,
      placementName: placements.name,
      beneficiary: placements.beneficiary,
      contactName: placements.contactName,
      contactPhone: placements.contactPhone,
      contactEmail: placements.contactEmail,
      type: placements.type,
      createdAt: placements.createdAt,
      surveys: surveyCount,
      lastSurveyedOn,
    })
    .from(placements);
}

/** Every placement surveyed, with its last survey date and how many it has had. */
export function surveyedPlacements(db: Db) {
  return scheduleRows(db).where(surveyed).orderBy(asc(placements.name)).all();
}

/** One placement's schedule facts, or null when it is not surveyed (not in use, or induction). */
export function surveyedPlacement(db: Db, placementId: number) {
  return (
    scheduleRows(db)
      .where(and(eq(placements.id, placementId), surveyed))
      .get() ?? null
  );
}

/** What recording a survey needs to know about its placement. */
export function placementForSurvey(db: Db, placementId: number) {
  return (
    db
      .select({
        id: placements.id,
        name: placements.name,
        type: placements.type,
        active: placements.active,
        createdAt: placements.createdAt,
      })
      .from(placements)
      .where(eq(placements.id, placementId))
      .get() ?? null
  );
}

export function hasSurveyOn(db: Db, placementId: number, surveyedOn: string): boolean {
  return !!db
    .select({ id: beneficiarySurveys.id })
    .from(beneficiarySurveys)
    .where(
      and(
        eq(beneficiarySurveys.placementId, placementId),
        eq(beneficiarySurveys.surveyedOn, surveyedOn),
      ),
    )
    .get();
}

export function insertSurvey(
  db: Db,
  values: Omit<typeof beneficiarySurveys.$inferInsert, 'id'> & { wouldTakeAgain: Answer },
): number {
  return db.insert(beneficiarySurveys).values(values).returning({ id: beneficiarySurveys.id }).get()
    .id;
}

function surveysWithPlacements(db: Db) {
  return db
    .select({
      id: beneficiarySurveys.id,
      placementId: beneficiarySurveys.placementId,
      placementName: placements.name,
      beneficiary: placements.beneficiary,
      surveyedOn: beneficiarySurveys.surveyedOn,
      respondent: beneficiarySurveys.respondent,
      qualityRating: beneficiarySurveys.qualityRating,
      communicationRating: beneficiarySurveys.communicationRating,
      wouldTakeAgain: beneficiarySurveys.wouldTakeAgain,
      valueToThem: beneficiarySurveys.valueToThem,
      comments: beneficiarySurveys.comments,
      recordedBy: beneficiarySurveys.recordedBy,
    })
    .from(beneficiarySurveys)
    .innerJoin(placements, eq(placements.id, beneficiarySurveys.placementId));
}

const latestFirst = [desc(beneficiarySurveys.surveyedOn), desc(beneficiarySurveys.id)];

export function findSurvey(db: Db, id: number) {
  return surveysWithPlacements(db).where(eq(beneficiarySurveys.id, id)).get() ?? null;
}

/** Surveys between two dates (inclusive), of one placement or all, latest first. */
export function listSurveys(db: Db, from: string, to: string, placementId?: number) {
  return surveysWithPlacements(db)
    .where(
      and(
        gte(beneficiarySurveys.surveyedOn, from),
        lte(beneficiarySurveys.surveyedOn, to),
        placementId === undefined ? undefined : eq(beneficiarySurveys.placementId, placementId),
      ),
    )
    .orderBy(...latestFirst)
    .all();
}

export function surveysOfPlacement(db: Db, placementId: number) {
  return surveysWithPlacements(db)
    .where(eq(beneficiarySurveys.placementId, placementId))
    .orderBy(...latestFirst)
    .all();
}
