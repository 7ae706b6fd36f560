import { Breadcrumbs, Link, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

/** Title, where it sits (breadcrumbs) and the page's main actions. */
export function PageHeader({
  title,
  subtitle,
  trail = [],
  actions,
}: {
  title: string;
  subtitle?: ReactNode;
  trail?: { label: string; to: string }[];
  actions?: ReactNode;
}) {
  return (
    <Stack
      direction="row"
      spacing={2}
      sx={{ mb: 3, alignItems: 'flex-end', justifyContent: 'space-between' }}
    >
      <div>
        {trail.length > 0 && (
          <Breadcrumbs sx={{ mb: 0.5 }}>
            {trail.map((t) => (
              <Link key={t.to} component={RouterLink} to={t.to} underline="hover" color="inherit">
                {t.label}
              </Link>
            ))}
          </Breadcrumbs>
        )}
        <Typography variant="h4" component="h1">
          {title}
        </Typography>
        {subtitle && (
          <Typography variant="body1" color="text.secondary">
            {subtitle}
          </Typography>
        )}
      </div>
      {actions && (
        <Stack direction="row" spacing={1}>
          {actions}
        </Stack>
      )}
    </Stack>
  );
}
