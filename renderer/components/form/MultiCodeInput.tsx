import { Autocomplete, Checkbox, TextField } from '@mui/material';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import type { CodeItem } from '../../../shared/codes';

/** Several codes of one list, as chips in an Autocomplete; the form's value is the list of codes. */
export function MultiCodeInput<T extends FieldValues>({
  control,
  name,
  label,
  options,
  helperText,
}: {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  options: readonly CodeItem[];
  helperText?: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const codes = (field.value as string[] | undefined) ?? [];
        const chosen = options.filter((o) => codes.includes(o.code));
        return (
          <Autocomplete
            multiple
            disableCloseOnSelect
            options={options}
            value={chosen}
            onChange={(_, items) => field.onChange(items.map((i) => i.code))}
            onBlur={field.onBlur}
            getOptionLabel={(o) => o.label}
            isOptionEqualToValue={(o, v) => o.code === v.code}
            renderOption={({ key, ...props }, option, { selected }) => (
              <li key={key} {...props}>
                <Checkbox size="small" checked={selected} sx={{ mr: 1, p: 0 }} tabIndex={-1} />
                {option.label}
              </li>
            )}
            renderInput={(params) => (
              <TextField
                {...params}
                name={field.name}
                inputRef={field.ref}
                label={label}
                error={!!fieldState.error}
                helperText={fieldState.error?.message ?? helperText}
              />
            )}
          />
        );
      }}
    />
  );
}
