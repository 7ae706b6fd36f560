import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { AppError } from '../../../shared/errors';

/**
 * Puts a refusal's field messages next to the fields; returns the message for the form's alert
 * when the refusal is not about a field the form shows.
 */
export function showRefusal<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  formFields: readonly string[],
): string | null {
  if (!(error instanceof AppError)) return 'Something went wrong and nothing was saved.';
  let placed = false;
  for (const [field, message] of Object.entries(error.fields ?? {})) {
    if (formFields.includes(field)) {
      setError(field as Path<T>, { type: 'server', message });
      placed = true;
    }
  }
  return placed ? null : error.message;
}
