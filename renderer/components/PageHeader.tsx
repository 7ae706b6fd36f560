import { Breadcrumbs, Link, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { AccountRole } from '../../shared/contract/procedure';
import { useAccount } from '../app/account';

/** Title, where it sits (breadcrumbs) and the page's main actions. */
export function PageHeader({
  title,
  subtitle,
  trail = [],
  actions,
  actionRoles,
}: {
  title: string;
  subtitle?: ReactNode;
  trail?: { label: string; to: string }[];
  actions?: ReactNode;
  /** Who may use the actions; others see the page without them (the backend refuses them anyway). */
  actionRoles?: AccountRole[];
}) {
  const account = useAccount();
  const allowed = !actionRoles || (account !== null && actionRoles.includes(account.role));
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
      {actions && allowed && (
        <Stack direction="row" spacing={1}>
          {actions}
        </Stack>
      )}
    </Stack>
  );
}
