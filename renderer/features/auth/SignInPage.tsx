import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { contract } from '../../../shared/contract';
import { session } from '../../api/session';
import { useWrite } from '../../api/hooks';
import { TextInput } from '../../components/form/fields';

const schema = contract.auth.signIn.input;

/** Sign in; a session that ended for idleness says so above the form. */
export function SignInPage({
  officeName,
  notice,
}: {
  officeName: string | null;
  notice?: string | null;
}) {
  const signIn = useWrite('auth.signIn');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { username: '', password: '' },
  });
  const submit = handleSubmit((values) => {
    setProblem(null);
    signIn.mutate(values, {
      onSuccess: ({ token }) => session.set(token),
      onError: (e) => setProblem(e.message),
    });
  });
  return (
    <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh', px: 2 }}>
      <Card variant="outlined" sx={{ width: 420 }} component="form" noValidate onSubmit={submit}>
        {signIn.isPending && <LinearProgress />}
        <CardContent>
          <Stack spacing={2}>
            <div>
              <Typography variant="h4" component="h1">
                Amends
              </Typography>
              <Typography color="text.secondary">{officeName ?? 'Unpaid Work'}</Typography>
            </div>
            {notice && <Alert severity="info">{notice}</Alert>}
            {problem && <Alert severity="error">{problem}</Alert>}
            <TextInput
              control={control}
              name="username"
              label="Username"
              required
              autoFocus
              autoComplete="username"
            />
            <TextInput
              control={control}
              name="password"
              label="Password"
              type="password"
              required
              autoComplete="current-password"
            />
            <Button type="submit" variant="contained" disabled={signIn.isPending}>
              Sign in
            </Button>
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
