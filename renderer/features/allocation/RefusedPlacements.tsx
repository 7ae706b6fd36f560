import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Box,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { AllocationOptions } from '../../../shared/contract/allocation';
import { shortTypeLabels } from '../placements/labels';

/** Every placement the hard rules refuse, with each reason in words; folded away when long. */
export function RefusedPlacements({ refused }: { refused: AllocationOptions['refused'] }) {
  return (
    <Accordion
      variant="outlined"
      disableGutters
      defaultExpanded={refused.length <= 8}
      slotProps={{ heading: { component: 'h3' } }}
    >
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Typography sx={{ fontWeight: 600 }}>Placements refused ({refused.length})</Typography>
      </AccordionSummary>
      <AccordionDetails sx={{ p: 0 }}>
        <Table size="small" aria-label="Placements refused">
          <TableHead>
            <TableRow>
              <TableCell>Placement</TableCell>
              <TableCell>Type</TableCell>
              <TableCell>Area</TableCell>
              <TableCell>Why not</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {refused.map((p) => (
              <TableRow key={p.placementId} sx={{ verticalAlign: 'top' }}>
                <TableCell component="th" scope="row">
                  {p.name}
                </TableCell>
                <TableCell>{shortTypeLabels[p.type]}</TableCell>
                <TableCell>{p.area}</TableCell>
                <TableCell>
                  <Box component="ul" sx={{ m: 0, pl: 2 }}>
                    {p.reasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </Box>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </AccordionDetails>
    </Accordion>
  );
}
