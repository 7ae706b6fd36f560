import { and, eq, sql, type SQL } from 'drizzle-orm';
import { isIsoDate, parseUkDate } from '../../../shared/dates';
import { people } from './schema';

/** The text a person is found by: family name, given names and case reference, lower case. */
export function searchTextOf(p: {
  familyName: string;
  givenNames: string;
  caseReference: string;
}): string {
  return `${p.familyName} ${p.givenNames} ${p.caseReference}`.toLowerCase();
}

/**
 * A search box's text as a condition on people: a date (26/11/1990) finds by date of birth;
 * otherwise every word must appear in the name or case reference.
 */
export function personSearch(search: string | null | undefined): SQL | undefined {
  if (!search) return undefined;
  const date = parseUkDate(search) ?? (isIsoDate(search.trim()) ? search.trim() : null);
  if (date) return eq(people.dateOfBirth, date);
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const escaped = words.map((w) => w.replace(/[\\%_]/g, (c) => `\\${c}`));
  return and(...escaped.map((w) => sql`${people.searchText} LIKE ${`%${w}%`} ESCAPE '\\'`));
}
