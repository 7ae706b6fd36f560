import { Alert, Box, Button, CircularProgress, Stack } from '@mui/material';
import { useSyncExternalStore, type ReactNode } from 'react';
import { useRead } from '../api/hooks';
import { session } from '../api/session';
import { FirstManagerPage } from '../features/auth/FirstManagerPage';
import { SignInPage } from '../features/auth/SignInPage';
import { FirstRun } from '../features/setup/FirstRun';
import { AccountProvider } from './account';

function Centred({ children }: { children: ReactNode }) {
  return (
    <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh', px: 2 }}>{children}</Box>
  );
}

/**
 * Who sees what on opening: a new installation creates its first manager; then everyone signs
 * in; a manager chooses an empty or a demonstration office on first use; then the app.
 */
export function Start({ children }: { children: ReactNode }) {
  const token = useSyncExternalStore(session.subscribe, session.token);
  const status = useRead('auth.status', {});
  const office = useRead('office.get', {});
  const error = status.error ?? office.error;
  if (error)
    return (
      <Alert severity="error" sx={{ m: 4 }}>
        {error.message}
      </Alert>
    );
  if (!status.data || !office.data || status.isPlaceholderData) {
    return (
      <Centred>
        <CircularProgress aria-label="Opening Amends" />
      </Centred>
    );
  }
  const { account, hasAccounts } = status.data;
  if (!hasAccounts) return <FirstManagerPage />;
  if (!account || !token)
    return <SignInPage officeName={office.data.name} notice={session.endedBecause()} />;
  if (!office.data.setUp) {
    return account.role === 'MANAGER' ? (
      <FirstRun />
    ) : (
      <Centred>
        <Stack spacing={2} sx={{ maxWidth: 480 }}>
          <Alert severity="info">
            This office has not been set up yet. A manager needs to sign in and set it up first.
          </Alert>
          <Button onClick={() => session.set(null)}>Sign out</Button>
        </Stack>
      </Centred>
    );
  }
  return <AccountProvider account={account}>{children}</AccountProvider>;
}
