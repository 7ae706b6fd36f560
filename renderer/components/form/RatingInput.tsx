import { Box, FormControl, FormHelperText, FormLabel, Rating, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

/**
 * 1 to 5 stars with the rating in words beside them (`words` says what each number means); the
 * arrow keys move it. The form's value is the number, or undefined until a star is chosen.
 */
export function RatingInput<T extends FieldValues>({
  control,
  name,
  label,
  required,
  words,
}: {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  required?: boolean;
  words: Readonly<Record<number, string>>;
}) {
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
          <FormControl error={!!fieldState.error} required={required} component="fieldset">
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
                getLabelText={(v) => `${v} of 5: ${words[v]}`}
                size="large"
              />
              <Typography variant="body2" color="text.secondary">
                {shown ? `${shown} of 5: ${words[shown]}` : 'Not rated'}
              </Typography>
            </Box>
            {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
          </FormControl>
        );
      }}
    />
  );
}
