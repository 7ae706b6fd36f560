import {
  Box,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Rating,
  Typography,
} from '@mui/material';
import { useId, useState } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { satisfactionLabels } from '../../../shared/contract/surveys';
import { answers } from '../../../shared/session-codes';

interface InputProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
}

/** 1 to 5 stars with the satisfaction in words beside them; the arrow keys move it. */
export function SatisfactionInput<T extends FieldValues>({ control, name, label }: InputProps<T>) {
  const id = useId();
  const [hover, setHover] = useState(-1);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const value = (field.value as number | undefined) ?? null;
        const shown = hover > 0 ? hover : value;
        return (
          <FormControl error={!!fieldState.error} required component="fieldset">
            <FormLabel id={id} component="legend">
              {label}
            </FormLabel>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
              <Rating
                name={field.name}
                value={value}
                onChange={(_, v) => {
                  // A choice by keyboard while the pointer rests on a star: the words follow the choice.
                  setHover(-1);
                  field.onChange(v ?? undefined);
                }}
                onChangeActive={(_, v) => setHover(v)}
                getLabelText={(v) => `${v} of 5: ${satisfactionLabels[v]}`}
                size="large"
              />
              <Typography variant="body2" color="text.secondary">
                {shown ? `${shown} of 5: ${satisfactionLabels[shown]}` : 'Not rated'}
              </Typography>
            </Box>
            {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
          </FormControl>
        );
      }}
    />
  );
}

/** Yes / No / Not sure, as a row of radio buttons. */
export function AnswerInput<T extends FieldValues>({ control, name, label }: InputProps<T>) {
  const id = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormControl error={!!fieldState.error} required>
          <FormLabel id={id}>{label}</FormLabel>
          <RadioGroup
            row
            aria-labelledby={id}
            name={field.name}
            value={field.value ?? ''}
            onChange={(e) => field.onChange(e.target.value)}
          >
            {answers.map((a) => (
              <FormControlLabel
                key={a.code}
                value={a.code}
                label={a.label}
                control={
                  <Radio slotProps={{ input: { ref: a.code === 'YES' ? field.ref : undefined } }} />
                }
              />
            ))}
          </RadioGroup>
          {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
        </FormControl>
      )}
    />
  );
}
