import {
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
} from '@mui/material';
import { useId } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { answers } from '../../../shared/session-codes';

/** Yes / No / Not sure as a row of radio buttons; the form's value is the answer's code. */
export function AnswerInput<T extends FieldValues>({
  control,
  name,
  label,
  required,
}: {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  required?: boolean;
}) {
  const id = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormControl error={!!fieldState.error} required={required}>
          <FormLabel id={id}>{label}</FormLabel>
          <RadioGroup
            row
            aria-labelledby={id}
            name={field.name}
            value={field.value ?? ''}
            onChange={(e) => field.onChange(e.target.value)}
          >
            {answers.map((a, i) => (
              <FormControlLabel
                key={a.code}
                value={a.code}
                label={a.label}
                control={
                  // The first button takes the focus when the form points at a missing answer.
                  <Radio slotProps={{ input: { ref: i === 0 ? field.ref : undefined } }} />
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
