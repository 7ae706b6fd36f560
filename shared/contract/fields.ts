import { z } from 'zod';
import { isIsoDate } from '../dates';
import type { CodeItem } from '../codes';
import { codesOf } from '../codes';
import { slots, type Slot } from '../placement-codes';

/**
 * Field builders whose every message names the field in plain words, so the form and the backend
 * say the same thing ("Hours must be a whole number from 40 to 300").
 */
export function requiredText(label: string, max = 200) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);
}

/** Optional text: empty becomes null so the database never holds blank strings. */
export function optionalText(label: string, max = 200) {
  return z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));
}

export function isoDate(label: string) {
  return z
    .string({ error: `${label} is required` })
    .min(1, `${label} is required`)
    .refine(isIsoDate, `${label} must be a real date, written as dd/mm/yyyy`);
}

export function wholeNumber(label: string, min: number, max: number) {
  return z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(min, `${label} must be a whole number from ${min} to ${max}`)
    .max(max, `${label} must be a whole number from ${min} to ${max}`);
}

export function id(label: string) {
  return z
    .number({ error: `Choose the ${label.toLowerCase()}` })
    .int(`Choose the ${label.toLowerCase()}`)
    .positive(`Choose the ${label.toLowerCase()}`);
}

export function oneOf<T extends readonly CodeItem[]>(label: string, items: T) {
  const allowed = items.map((i) => i.label).join(', ');
  return z.enum(codesOf(items), { error: `${label} must be one of: ${allowed}` });
}

/** A page of a server-side list: the DataGrid never holds more than 100 rows. */
export const listPage = {
  page: wholeNumber('Page', 0, 1_000_000).default(0),
  pageSize: wholeNumber('Page size', 1, 100).default(25),
  search: optionalText('Search', 100),
  sortDirection: z
    .enum(['asc', 'desc'], { error: 'Sort direction must be asc or desc' })
    .default('asc'),
};

export function listOf<T extends z.ZodType>(row: T) {
  return z.object({ rows: z.array(row), total: z.number().int() });
}

export function optionalEmail(label: string) {
  return optionalText(label, 200).refine(
    (v) => v === null || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v),
    `${label} must look like name@example.org`,
  );
}

/** A list of codes from one code list, each at most once. */
export function codeArray<T extends readonly CodeItem[]>(label: string, items: T) {
  const allowed = items.map((i) => i.label).join(', ');
  return z
    .array(z.enum(codesOf(items), { error: `${label}: each must be one of: ${allowed}` }), {
      error: `${label} must be a list`,
    })
    .refine((list) => new Set(list).size === list.length, `${label}: each may be chosen only once`);
}

/** A 24-hour time of day, HH:MM. */
export function timeOfDay(label: string) {
  return z
    .string({ error: `${label} is required` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label} must be a 24-hour time such as 09:30`);
}

/** Cells of the days × morning/afternoon/evening grid, at least one, each once. */
export function slotList(label: string, atLeastOne: string) {
  return z
    .array(z.enum(slots as [Slot, ...Slot[]]), {
      error: `${label} must be a list of days and times`,
    })
    .min(1, `${label}: ${atLeastOne}`)
    .refine((list) => new Set(list).size === list.length, `${label}: each day and time only once`);
}
