import { useState } from 'react';
import type { InputOf } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { useCaller } from '../../api/hooks';

/** Exports the filtered log and hands the CSV to the browser (or the desktop window) to save. */
export function useAuditExport() {
  const callProcedure = useCaller();
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  return {
    isPending,
    error,
    async run(query: InputOf<'audit.export'>, done: (entries: number) => void) {
      setPending(true);
      setError(null);
      try {
        const { csv, entries } = await callProcedure('audit.export', query);
        const link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
        link.download = `amends-audit-${new Date().toISOString().slice(0, 10)}.csv`;
        link.click();
        URL.revokeObjectURL(link.href);
        done(entries);
      } catch (e) {
        setError(e instanceof AppError ? e : new AppError('INTERNAL', 'The export failed.'));
      } finally {
        setPending(false);
      }
    },
  };
}
