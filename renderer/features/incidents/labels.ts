import type { IncidentKind } from '../../../shared/session-codes';

/** Accidents stand out; near misses are worth noting but hurt nobody. */
export const kindColour: Record<IncidentKind, 'error' | 'warning' | 'info'> = {
  ACCIDENT: 'error',
  INCIDENT: 'warning',
  NEAR_MISS: 'info',
};
