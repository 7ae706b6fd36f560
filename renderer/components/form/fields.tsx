import {
  Checkbox,
  FormControlLabel,
  MenuItem,
  TextField,
  type TextFieldProps,
} from '@mui/material';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { format, isValid, parseISO } from 'date-fns';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import type { CodeItem } from '../../../shared/codes';

interface FieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  required?: boolean;
}

export function TextInput<T extends FieldValues>({
  control,
  name,
  label,
  required,
  ...rest
}: FieldProps<T> & Omit<TextFieldProps, 'name'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...rest}
          {...field}
          value={field.value ?? ''}
          label={label}
          required={required}
          fullWidth
          error={!!fieldState.error}
          helperText={fieldState.error?.message ?? rest.helperText}
        />
      )}
    />
  );
}

/** A whole number; an empty box stays empty rather than becoming 0. */
export function NumberInput<T extends FieldValues>({
  control,
  name,
  label,
  required,
  helperText,
}: FieldProps<T> & { helperText?: string }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          name={field.name}
          inputRef={field.ref}
          onBlur={field.onBlur}
          value={field.value ?? ''}
          onChange={(e) =>
            field.onChange(e.target.value === '' ? undefined : Number(e.target.value))
          }
          label={label}
          required={required}
          type="number"
          fullWidth
          error={!!fieldState.error}
          helperText={fieldState.error?.message ?? helperText}
        />
      )}
    />
  );
}

export function SelectInput<T extends FieldValues>({
  control,
  name,
  label,
  required,
  options,
}: FieldProps<T> & { options: readonly (CodeItem | { code: number; label: string })[] }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          select
          name={field.name}
          inputRef={field.ref}
          onBlur={field.onBlur}
          value={field.value ?? ''}
          onChange={(e) => field.onChange(e.target.value)}
          label={label}
          required={required}
          fullWidth
          error={!!fieldState.error}
          helperText={fieldState.error?.message}
        >
          {options.map((o) => (
            <MenuItem key={o.code} value={o.code}>
              {'group' in o && o.group && o.group !== o.label && o.group !== 'Not stated'
                ? `${o.group}: ${o.label}`
                : o.label}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
}

/** A date picker in dd/mm/yyyy whose value in the form is ISO text, as the contract wants. */
export function DateInput<T extends FieldValues>({
  control,
  name,
  label,
  required,
  disableFuture,
}: FieldProps<T> & { disableFuture?: boolean }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const value = typeof field.value === 'string' && field.value ? parseISO(field.value) : null;
        return (
          <DatePicker
            label={label}
            value={value}
            format="dd/MM/yyyy"
            disableFuture={disableFuture}
            inputRef={field.ref}
            onChange={(date) =>
              field.onChange(
                date && isValid(date) ? format(date, 'yyyy-MM-dd') : date ? 'invalid' : '',
              )
            }
            slotProps={{
              textField: {
                name: field.name,
                size: 'small',
                required,
                fullWidth: true,
                onBlur: field.onBlur,
                error: !!fieldState.error,
                helperText: fieldState.error?.message,
              },
            }}
          />
        );
      }}
    />
  );
}

export function CheckboxInput<T extends FieldValues>({ control, name, label }: FieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormControlLabel
          label={label}
          control={
            <Checkbox
              name={field.name}
              checked={!!field.value}
              onChange={(e) => field.onChange(e.target.checked)}
            />
          }
        />
      )}
    />
  );
}
