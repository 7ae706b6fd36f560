import { TextField, type TextFieldProps } from '@mui/material';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

/** Reads 930, 0930, 9:30 or 9.30 as 09:30, and 17 as 17:00; anything else is left as typed. */
export function normaliseTime(text: string): string {
  const t = text.trim();
  const m = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(t);
  if (!m) return t;
  const hours = Number(m[1]);
  const minutes = m[2] ?? '00';
  if (hours > 23 || Number(minutes) > 59) return t;
  return `${String(hours).padStart(2, '0')}:${minutes}`;
}

/**
 * A 24-hour time as HH:MM text. A plain box rather than a picker: the office types times from a
 * paper register, and 0930 or 9.30 become 09:30 when the box is left. Empty is null.
 */
export function TimeInput<T extends FieldValues>({
  control,
  name,
  label,
  required,
  quietError,
  ...rest
}: {
  control: Control<T>;
  name: FieldPath<T>;
  label?: string;
  required?: boolean;
  /** Outline only, for a table whose row shows the messages together. */
  quietError?: boolean;
} & Omit<TextFieldProps, 'name'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          placeholder="hh:mm"
          {...rest}
          name={field.name}
          inputRef={field.ref}
          value={field.value ?? ''}
          onChange={(e) => field.onChange(e.target.value === '' ? null : e.target.value)}
          onBlur={() => {
            if (typeof field.value === 'string') field.onChange(normaliseTime(field.value));
            field.onBlur();
          }}
          label={label}
          required={required}
          fullWidth
          error={!!fieldState.error}
          helperText={quietError ? undefined : (fieldState.error?.message ?? rest.helperText)}
          slotProps={{
            htmlInput: { inputMode: 'numeric', maxLength: 5, ...rest.slotProps?.htmlInput },
          }}
        />
      )}
    />
  );
}
