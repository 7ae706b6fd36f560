import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import PrintIcon from '@mui/icons-material/Print';
import { Box, Button, GlobalStyles, Stack } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { AppError } from '../../shared/errors';
import { pdfMarginMm } from '../../shared/print';
import { savePdf } from '../features/board/download';
import { useNotify } from './Notify';

/**
 * A printed document on screen: an A4 sheet on a grey desk with Back, Print and Save as PDF
 * above it. Printing (or the desktop app's PDF) leaves only the sheet, with the PDF's margins.
 */
const printStyles = `
@page { size: A4; margin: ${pdfMarginMm}mm; }
@media print {
  html, body, #root { background: #fff !important; }
  .no-print, header, nav, .MuiDrawer-root, .MuiSnackbar-root { display: none !important; }
  .print-desk { background: none !important; padding: 0 !important; min-height: 0 !important; }
  .print-sheet {
    width: auto !important; min-height: 0 !important; margin: 0 !important;
    padding: 0 !important; box-shadow: none !important; border: 0 !important;
  }
}
`;

/** The sheet's class: what the print stylesheet strips of its on-screen margins and shadow. */
export const printSheet = 'print-sheet';

export function PrintDesk(props: {
  /** The document's name: the PDF footer and the file name suggested. */
  title: string | null;
  back: { label: string; onClick: () => void };
  /** Messages about the document shown above it on screen only (loading, missing address). */
  notes: ReactNode;
  children: ReactNode;
}) {
  const notify = useNotify();
  const [saving, setSaving] = useState(false);
  const { title } = props;
  const save = async (name: string) => {
    setSaving(true);
    try {
      const path = await savePdf(name, `${name}.pdf`);
      if (path) notify(`Saved as ${path}`);
    } catch (e) {
      notify(e instanceof AppError ? e.message : 'The PDF could not be saved.', 'error');
    } finally {
      setSaving(false);
    }
  };
  return (
    <Box className="print-desk" sx={{ bgcolor: 'grey.300', minHeight: '100vh', py: 3 }}>
      <GlobalStyles styles={printStyles} />
      <Stack
        className="no-print"
        direction="row"
        spacing={1}
        sx={{ width: '210mm', maxWidth: '100%', mx: 'auto', mb: 2 }}
      >
        <Button startIcon={<ArrowBackIcon />} onClick={props.back.onClick}>
          {props.back.label}
        </Button>
        <Box sx={{ flexGrow: 1 }} />
        <Button
          variant="outlined"
          startIcon={<PrintIcon />}
          onClick={() => window.print()}
          disabled={!title}
        >
          Print
        </Button>
        <Button
          variant="contained"
          startIcon={<PictureAsPdfIcon />}
          onClick={() => title && void save(title)}
          disabled={!title || saving}
        >
          Save as PDF
        </Button>
      </Stack>
      <Box className="no-print" sx={{ width: '210mm', maxWidth: '100%', mx: 'auto' }}>
        {props.notes}
      </Box>
      {props.children}
    </Box>
  );
}

/** An address of several lines (stored with new lines or commas), one per line. */
export const addressLines = (text: string | null) =>
  (text ?? '')
    .split(/\n|,\s*/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The office's name and address, top right of a letter or notice. */
export function Letterhead({
  office,
}: {
  office: { name: string; address: string | null; phone: string | null; email: string | null };
}) {
  return (
    <Box sx={{ textAlign: 'right', ml: 'auto', maxWidth: '75mm', lineHeight: 1.35 }}>
      <Box sx={{ fontWeight: 700, fontSize: '13pt', mb: 0.5 }}>{office.name}</Box>
      {addressLines(office.address).map((line) => (
        <div key={line}>{line}</div>
      ))}
      {office.phone && <div>Telephone: {office.phone}</div>}
      {office.email && <div>Email: {office.email}</div>}
    </Box>
  );
}
