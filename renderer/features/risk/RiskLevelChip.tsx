import { Chip } from '@mui/material';
import { labelOf } from '../../../shared/codes';
import { riskLevels, type RiskLevel } from '../../../shared/placement-codes';

const colours = {
  LOW: 'success',
  MEDIUM: 'info',
  HIGH: 'warning',
  VERY_HIGH: 'error',
} as const satisfies Record<RiskLevel, string>;

/** The overall risk of harm level, coloured from green (low) to red (very high). */
export function RiskLevelChip({
  level,
  size = 'small',
}: {
  level: RiskLevel | null;
  size?: 'small' | 'medium';
}) {
  if (!level) return <Chip size={size} variant="outlined" label="Not assessed" />;
  return (
    <Chip
      size={size}
      color={colours[level]}
      label={labelOf(riskLevels, level)}
      title={`${labelOf(riskLevels, level)} risk of harm`}
    />
  );
}
