import { defaultPolicy, policyFields, type Policy, type PolicyField } from '../../../shared/policy';

/** 60 minutes, 20%, 6 hours. */
export function withUnit(field: PolicyField, value: number): string {
  const n = value.toLocaleString('en-GB');
  return field.unit === '%' ? `${n}%` : `${n} ${field.unit}`;
}

/** Today's national figure: the field's own where it differs from the bulletin's, else the bulletin's. */
export function nationalOf(field: PolicyField): number {
  return field.national ?? defaultPolicy[field.key];
}

export const nationalPolicy = Object.fromEntries(
  policyFields.map((f) => [f.key, nationalOf(f)]),
) as unknown as Policy;

/** What a version changed against the one before it (the bulletin's figures before the first). */
export function changesFrom(before: Partial<Policy>, after: Partial<Policy>): string[] {
  return policyFields.flatMap((f) => {
    const was = before[f.key] ?? defaultPolicy[f.key];
    const now = after[f.key] ?? defaultPolicy[f.key];
    return was === now ? [] : [`${f.label}: ${withUnit(f, was)} → ${withUnit(f, now)}`];
  });
}
