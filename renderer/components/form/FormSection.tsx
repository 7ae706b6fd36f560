import { Divider, Grid, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled part of a long form inside a Grid container: a rule, a heading, then its fields. */
export function FormSection({
  title,
  first,
  children,
}: {
  title: string;
  first?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <Grid size={12}>
        {!first && <Divider sx={{ mt: 1, mb: 1 }} />}
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
      </Grid>
      {children}
    </>
  );
}
