import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Box,
  Button,
  Card,
  CardActions,
  CardContent,
  LinearProgress,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { contract } from '../../../shared/contract';
import { useWrite } from '../../api/hooks';
import { TextInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';

const schema = contract.office.setUp.input;

/** The first screen on a new data folder: an empty office, or a demonstration office to try things on. */
export function FirstRun() {
  const setUp = useWrite('office.setUp');
  const loadDemo = useWrite('office.loadDemo');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { name: '' },
  });
  const busy = setUp.isPending || loadDemo.isPending;

  return (
    <Box sx={{ maxWidth: 880, mx: 'auto', mt: 8, px: 2 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        Welcome to Amends
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        Amends keeps this Unpaid Work office’s orders, placements, sessions and reports on this
        computer. Choose how to start.
      </Typography>
      {problem && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {problem}
        </Alert>
      )}
      {busy && <LinearProgress sx={{ mb: 2 }} aria-label="Setting up" />}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={3}>
        <Card
          variant="outlined"
          sx={{ flex: 1 }}
          component="form"
          noValidate
          onSubmit={handleSubmit((values) =>
            setUp.mutate(values, {
              onError: (e) => setProblem(showRefusal(e, setError, ['name'])),
            }),
          )}
        >
          <CardContent>
            <Typography variant="h6" gutterBottom>
              Start empty
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              For real work. Add your courts and staff, then register people and their orders.
            </Typography>
            <TextInput
              control={control}
              name="name"
              label="Office name"
              required
              placeholder="e.g. Northvale Unpaid Work"
            />
          </CardContent>
          <CardActions sx={{ px: 2, pb: 2 }}>
            <Button type="submit" variant="contained" disabled={busy}>
              Start empty
            </Button>
          </CardActions>
        </Card>
        <Card variant="outlined" sx={{ flex: 1 }}>
          <CardContent>
            <Typography variant="h6" gutterBottom>
              Load a demonstration office
            </Typography>
            <Typography variant="body2" color="text.secondary">
              A made-up office with about 600 live orders, three years of history, five courts and
              its staff, to learn Amends or show it to colleagues. Nobody in it is real. Use a
              separate data folder for real work.
            </Typography>
          </CardContent>
          <CardActions sx={{ px: 2, pb: 2 }}>
            <Button
              variant="outlined"
              disabled={busy}
              onClick={() =>
                loadDemo.mutate({ scale: 'office' }, { onError: (e) => setProblem(e.message) })
              }
            >
              Load a demonstration office
            </Button>
          </CardActions>
        </Card>
      </Stack>
    </Box>
  );
}
