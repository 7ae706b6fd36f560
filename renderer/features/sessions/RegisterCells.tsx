import { Checkbox, MenuItem, TextField } from '@mui/material';
import { Controller, type Control } from 'react-hook-form';
import { TimeInput } from '../../components/form/TimeInput';
import type { Values } from './register-rows';

/** The register's cells: small inputs named for the person in the row, errors under each. */
export function SelectCell({
  control,
  name,
  label,
  options,
  disabled,
  width,
}: {
  control: Control<Values>;
  name: `rows.${number}.${'outcome' | 'workQuality' | 'behaviour' | 'standDownCause'}`;
  label: string;
  options: readonly { code: string; label: string }[];
  disabled?: boolean;
  width: number;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          select
          size="small"
          name={field.name}
          inputRef={field.ref}
          value={disabled ? '' : field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          disabled={disabled}
          error={!!fieldState.error}
          sx={{ width }}
          slotProps={{ htmlInput: { 'aria-label': label } }}
        >
          <MenuItem value="">
            <em>—</em>
          </MenuItem>
          {options.map((o) => (
            <MenuItem key={o.code} value={o.code}>
              {o.label}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
}

export function PenaltyCell({
  control,
  index,
  label,
  disabled,
}: {
  control: Control<Values>;
  index: number;
  label: string;
  disabled: boolean;
}) {
  return (
    <Controller
      control={control}
      name={`rows.${index}.penaltyMinutes`}
      render={({ field, fieldState }) => (
        <TextField
          size="small"
          type="number"
          name={field.name}
          inputRef={field.ref}
          value={disabled ? '' : (field.value ?? '')}
          onChange={(e) =>
            field.onChange(e.target.value === '' ? undefined : Number(e.target.value))
          }
          onBlur={field.onBlur}
          disabled={disabled}
          error={!!fieldState.error}
          sx={{ width: 70 }}
          slotProps={{ htmlInput: { 'aria-label': label, min: 0 } }}
        />
      )}
    />
  );
}

export function NotesCell({
  control,
  index,
  label,
}: {
  control: Control<Values>;
  index: number;
  label: string;
}) {
  return (
    <Controller
      control={control}
      name={`rows.${index}.notes`}
      render={({ field, fieldState }) => (
        <TextField
          size="small"
          {...field}
          error={!!fieldState.error}
          sx={{ width: 110 }}
          slotProps={{ htmlInput: { 'aria-label': label } }}
        />
      )}
    />
  );
}

export function AlertCell({
  control,
  index,
  label,
}: {
  control: Control<Values>;
  index: number;
  label: string;
}) {
  return (
    <Controller
      control={control}
      name={`rows.${index}.alertCaseManager`}
      render={({ field }) => (
        <Checkbox
          name={field.name}
          checked={field.value}
          onChange={(e) => field.onChange(e.target.checked)}
          slotProps={{ input: { 'aria-label': label } }}
        />
      )}
    />
  );
}

/** A start or finish time; an absence has none, so its box is shown empty and disabled. */
export function TimeCell({
  control,
  name,
  label,
  absent,
}: {
  control: Control<Values>;
  name: `rows.${number}.${'arrivedAt' | 'leftAt'}`;
  label: string;
  absent: boolean;
}) {
  const input = { htmlInput: { 'aria-label': label } };
  if (absent)
    return <TextField size="small" disabled value="" sx={{ width: 76 }} slotProps={input} />;
  return (
    <TimeInput control={control} name={name} quietError sx={{ width: 76 }} slotProps={input} />
  );
}
