import { Grid, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** Label-and-value pairs in a grid, for record pages. */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <Grid container spacing={2} component="dl" sx={{ m: 0 }}>
      {items.map(([label, value]) => (
        <Grid key={label} size={{ xs: 12, sm: 6, md: 4 }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {label}
          </Typography>
          <Typography component="dd" variant="body1" sx={{ m: 0 }}>
            {value === null || value === '' || value === undefined ? '—' : value}
          </Typography>
        </Grid>
      ))}
    </Grid>
  );
}
