import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { displayValue, kindOf } from '../../../shared/board-values';
import type { BoardTable } from '../../../shared/contract/board';

/** One table of the report, the same on screen and on paper; numbers right-aligned. */
export function ReportTable({ table }: { table: BoardTable }) {
  return (
    <section aria-labelledby={`table-${table.id}`} style={{ breakInside: 'avoid' }}>
      <Typography
        id={`table-${table.id}`}
        variant="subtitle1"
        component="h3"
        sx={{ mt: 2, fontWeight: 600 }}
      >
        {table.title}
      </Typography>
      {table.rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
          {table.emptyMessage}
        </Typography>
      ) : (
        <Table
          size="small"
          aria-labelledby={`table-${table.id}`}
          sx={{ '& td, & th': { px: 1, py: 0.5 } }}
        >
          <TableHead>
            <TableRow>
              {table.columns.map((c) => (
                <TableCell
                  key={c.key}
                  align={c.kind === 'text' ? 'left' : 'right'}
                  sx={{ fontWeight: 600 }}
                >
                  {c.label}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {table.rows.map((row, i) => (
              <TableRow key={i}>
                {table.columns.map((c) => (
                  <TableCell key={c.key} align={c.kind === 'text' ? 'left' : 'right'}>
                    {displayValue(kindOf(c, row), row[c.key] ?? null)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
