import { Chip, Stack, Typography } from '@mui/material';
import { labelOf, type CodeItem } from '../../shared/codes';

/** A list of codes shown as their labels in small chips; `empty` when there are none. */
export function CodeChips({
  codes,
  items,
  empty = 'None',
  color = 'default',
}: {
  codes: readonly string[];
  items: readonly CodeItem[];
  empty?: string;
  color?: 'default' | 'warning' | 'info' | 'error';
}) {
  if (codes.length === 0)
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {empty}
      </Typography>
    );
  return (
    <Stack component="span" direction="row" useFlexGap spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      {codes.map((c) => (
        <Chip key={c} size="small" variant="outlined" color={color} label={labelOf(items, c)} />
      ))}
    </Stack>
  );
}
