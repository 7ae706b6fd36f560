import { Chip, Tooltip } from '@mui/material';
import type { Supervisor } from '../../../shared/contract/supervisors';
import { formatDate } from '../../../shared/dates';
import { stateColours, stateWords, trainingShort } from './labels';

type Status = Supervisor['training'][number];

/** One kind of training as a chip coloured by how it stands, with its expiry date. */
export function TrainingChip({ status, withName }: { status: Status; withName?: boolean }) {
  const name = trainingShort[status.kind];
  const date =
    status.state === 'MISSING'
      ? 'none'
      : status.state === 'EXPIRED'
        ? `expired ${formatDate(status.expiresOn)}`
        : `to ${formatDate(status.expiresOn)}`;
  const label = withName ? `${name}: ${date}` : date;
  const detail =
    status.state === 'MISSING'
      ? `${name}: no training recorded`
      : `${name}: ${stateWords[status.state].toLowerCase()}; completed ${formatDate(status.completedOn)}, expires ${formatDate(status.expiresOn)}`;
  return (
    <Tooltip title={detail}>
      <Chip
        size="small"
        color={stateColours[status.state]}
        variant={status.state === 'IN_DATE' || status.state === 'MISSING' ? 'outlined' : 'filled'}
        label={label}
        aria-label={detail}
      />
    </Tooltip>
  );
}
