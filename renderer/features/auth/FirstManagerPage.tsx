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
import { firstManagerInput } from '../../../shared/contract/auth';
import { session } from '../../api/session';
import { useWrite } from '../../api/hooks';
import { TextInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';

/** The very first screen of a new installation: the manager who will run it. */
export function FirstManagerPage() {
  const setUp = useWrite('auth.setUpFirstManager');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm({
    resolver: zodResolver(firstManagerInput),
    defaultValues: { name: '', username: '', password: '' },
  });
  const submit = handleSubmit((values) =>
    setUp.mutate(values, {
      onSuccess: ({ token }) => session.set(token),
      onError: (e) => setProblem(showRefusal(e, setError, ['name', 'username', 'password'])),
    }),
  );
  return (
    <Box sx={{ maxWidth: 560, mx: 'auto', mt: 8, px: 2 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        Welcome to Amends
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        Amends holds sensitive records about people on probation, so everyone signs in. First,
        create the account of the manager who runs this office; they can then add accounts for their
        colleagues.
      </Typography>
      <Card variant="outlined" component="form" noValidate onSubmit={submit}>
        {setUp.isPending && <LinearProgress />}
        <CardContent>
          <Stack spacing={2}>
            {problem && <Alert severity="error">{problem}</Alert>}
            <TextInput control={control} name="name" label="Your name" required autoFocus />
            <TextInput
              control={control}
              name="username"
              label="Username"
              required
              autoComplete="username"
              helperText="Letters, digits, dots, dashes"
            />
            <TextInput
              control={control}
              name="password"
              label="Password"
              type="password"
              required
              autoComplete="new-password"
              helperText="At least 10 characters"
            />
            <Button type="submit" variant="contained" disabled={setUp.isPending}>
              Create the manager account
            </Button>
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
