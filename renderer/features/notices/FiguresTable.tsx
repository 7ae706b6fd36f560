import { Box } from '@mui/material';
import { Fragment } from 'react';
import type { NoticeFigures } from '../../../shared/contract/notices';
import { figureText } from './format';

/**
 * A notice's figures under their headings, the court's orders beside the whole office's. With
 * `definitions`, each figure's definition is written under its label (the preview); the printed
 * notice gives them in its notes instead, numbered as the rows are.
 */
export function FiguresTable({
  figures,
  definitions = false,
}: {
  figures: NoticeFigures;
  definitions?: boolean;
}) {
  const groups = [...new Set(figures.figures.map((f) => f.group))];
  let n = 0;
  return (
    <Box
      component="table"
      aria-label="Figures"
      sx={{
        width: '100%',
        tableLayout: 'fixed',
        borderCollapse: 'collapse',
        fontSize: definitions ? '0.9rem' : '10pt',
        '& th, & td': {
          borderBottom: '1px solid #bbb',
          px: 1,
          py: 0.5,
          textAlign: 'left',
          verticalAlign: 'baseline',
        },
        '& .value': { textAlign: 'right', width: definitions ? '20%' : '25%' },
        '& td.value': { whiteSpace: 'nowrap' },
        '& thead th': { borderBottom: '2px solid #000', fontWeight: 700, verticalAlign: 'bottom' },
        '& th.group': {
          pt: 1.5,
          fontWeight: 700,
          borderBottom: '1px solid #000',
          breakAfter: 'avoid',
        },
        '& tr': { breakInside: 'avoid' },
      }}
    >
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col" className="value">
            {figures.court.name}
          </th>
          <th scope="col" className="value">
            Whole office
          </th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => (
          <Fragment key={group}>
            <tr>
              <th scope="colgroup" colSpan={3} className="group">
                {group}
              </th>
            </tr>
            {figures.figures
              .filter((f) => f.group === group)
              .map((f) => {
                n += 1;
                return (
                  <tr key={f.key} data-figure={f.key}>
                    <th scope="row" style={{ fontWeight: 400 }}>
                      {f.label}
                      {definitions ? (
                        <Box
                          component="span"
                          sx={{ display: 'block', color: 'text.secondary', fontSize: '0.8rem' }}
                        >
                          {f.definition}
                        </Box>
                      ) : (
                        <sup aria-label={`note ${n}`}> {n}</sup>
                      )}
                    </th>
                    <td className="value">{figureText(f.unit, f.court)}</td>
                    <td className="value">{figureText(f.unit, f.office)}</td>
                  </tr>
                );
              })}
          </Fragment>
        ))}
      </tbody>
    </Box>
  );
}
