import {
  Checkbox,
  FormControl,
  FormHelperText,
  FormLabel,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { dayParts, days, slots } from '../../shared/placement-codes';

/**
 * The week as days × morning / afternoon / evening, one checkbox a cell: a placement's sessions
 * and a person's availability use the same grid, and the same slot codes (`MON_MORNING`).
 */
export function SlotGrid({
  label,
  value,
  onChange,
  error,
  helperText,
  required,
}: {
  label: string;
  value: readonly string[];
  onChange: (slots: string[]) => void;
  error?: boolean;
  helperText?: string;
  required?: boolean;
}) {
  const chosen = new Set(value);
  const toggle = (slot: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(slot);
    else next.delete(slot);
    // Keep the week's order, whatever order the boxes were ticked in.
    onChange(slots.filter((s) => next.has(s)));
  };
  return (
    <FormControl component="fieldset" error={error} required={required} sx={{ width: '100%' }}>
      <FormLabel component="legend">{label}</FormLabel>
      <Table
        size="small"
        sx={{ width: 'auto', alignSelf: 'flex-start', '& td, & th': { py: 0, px: 1 } }}
      >
        <TableHead>
          <TableRow>
            <TableCell />
            {days.map((d) => (
              <TableCell key={d.code} align="center" component="th" scope="col" abbr={d.label}>
                {d.label.slice(0, 3)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {dayParts.map((p) => (
            <TableRow key={p.code}>
              <TableCell component="th" scope="row">
                {p.label}
              </TableCell>
              {days.map((d) => {
                const slot = `${d.code}_${p.code}`;
                return (
                  <TableCell key={slot} align="center" padding="checkbox">
                    <Checkbox
                      size="small"
                      checked={chosen.has(slot)}
                      onChange={(e) => toggle(slot, e.target.checked)}
                      slotProps={{ input: { 'aria-label': `${d.label} ${p.label.toLowerCase()}` } }}
                    />
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {helperText && <FormHelperText>{helperText}</FormHelperText>}
    </FormControl>
  );
}

/** The grid bound to a form field holding a list of slot codes. */
export function SlotGridInput<T extends FieldValues>({
  control,
  name,
  label,
  helperText,
  required,
}: {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  helperText?: string;
  required?: boolean;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <SlotGrid
          label={label}
          value={(field.value as string[] | undefined) ?? []}
          onChange={field.onChange}
          error={!!fieldState.error}
          helperText={fieldState.error?.message ?? helperText}
          required={required}
        />
      )}
    />
  );
}

/** "Mon morning, Mon afternoon, Sat morning" in the week's order. */
export function describeSlots(list: readonly string[]): string {
  const chosen = new Set(list);
  const words: string[] = [];
  for (const d of days) {
    const parts = dayParts.filter((p) => chosen.has(`${d.code}_${p.code}`));
    if (parts.length === dayParts.length) words.push(`${d.label.slice(0, 3)} all day`);
    else if (parts.length) {
      words.push(`${d.label.slice(0, 3)} ${parts.map((p) => p.label.toLowerCase()).join(' and ')}`);
    }
  }
  return words.join(', ');
}
