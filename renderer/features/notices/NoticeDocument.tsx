import { Alert, Box, LinearProgress, Paper, Stack } from '@mui/material';
import { useNavigate, useParams } from 'react-router';
import { courtKinds, labelOf } from '../../../shared/codes';
import type { IssuedNotice } from '../../../shared/contract/notices';
import { formatDate } from '../../../shared/dates';
import { pdfMarginMm } from '../../../shared/print';
import { useRead } from '../../api/hooks';
import { Letterhead, PrintDesk, printSheet } from '../../components/PrintDesk';
import { FiguresTable } from './FiguresTable';
import { noticeTitle, periodText } from './format';

const heading = { fontSize: '12pt', fontWeight: 700, mt: '6mm', mb: '2mm', breakAfter: 'avoid' };

/** The notice as issued, laid out as an A4 document. */
export function NoticeSheet({ notice: n }: { notice: IssuedNotice }) {
  const f = n.figures;
  const title = `Notice to ${f.court.name}: shortfall in the capacity to deliver unpaid work`;
  return (
    <Paper
      component="article"
      aria-label={title}
      className={printSheet}
      elevation={3}
      sx={{
        width: '210mm',
        minHeight: '297mm',
        mx: 'auto',
        p: `${pdfMarginMm}mm`,
        boxSizing: 'border-box',
        borderRadius: 0,
        color: '#000',
        fontFamily: '"Segoe UI", Arial, "Helvetica Neue", sans-serif',
        fontSize: '10.5pt',
        lineHeight: 1.4,
        '& p': { mt: 0, mb: '3mm' },
      }}
    >
      <Letterhead office={n.office} />
      <Box sx={{ mt: '4mm' }}>
        <div>To: {f.court.name}</div>
        <div>{labelOf(courtKinds, f.court.kind)}</div>
      </Box>
      <Stack direction="row" sx={{ mt: '5mm', mb: '4mm', justifyContent: 'space-between' }}>
        <div>
          Notice number: <strong>{n.number}</strong>
        </div>
        <div>Date: {formatDate(n.issuedOn)}</div>
      </Stack>
      <Box component="h1" sx={{ fontSize: '15pt', fontWeight: 700, m: 0, mb: '2mm' }}>
        {title}
      </Box>
      <p>
        Period: {periodText(n.periodFrom, n.periodTo)}. Figures as they stood on{' '}
        {formatDate(f.asOf)}.
      </p>
      <p>
        Probation Boards must keep the courts fully informed about any shortfall in the area’s
        ability to deliver the sentences they pass, and a court may only impose unpaid work where it
        can be delivered. This notice sets out, from the records of {n.office.name}, what the office
        can deliver against what it has been ordered to deliver.
      </p>
      <Box component="p" sx={{ fontWeight: 600 }}>
        {f.summary}
      </Box>
      <Box component="h2" sx={heading}>
        The figures
      </Box>
      <FiguresTable figures={f} />
      <Box component="h2" sx={heading}>
        What the office is doing about it
      </Box>
      <Box sx={{ whiteSpace: 'pre-line' }}>{n.actions}</Box>
      <Box sx={{ mt: '8mm', breakInside: 'avoid' }} aria-label="Signed off">
        <div>Signed off by</div>
        <Box sx={{ height: '12mm' }} />
        <Box sx={{ fontWeight: 700 }}>{n.signedOffBy}</Box>
        <div>{n.signedOffRole}</div>
        <div>for {n.office.name}</div>
        <div>{formatDate(n.issuedOn)}</div>
      </Box>
      <Box component="section" sx={{ mt: '8mm', fontSize: '9pt', color: '#222' }}>
        <Box component="h2" sx={{ ...heading, fontSize: '11pt' }}>
          Notes: how the figures are worked out
        </Box>
        {f.notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
        <Box component="ol" sx={{ m: 0, pl: '6mm', '& li': { mb: '1.5mm', breakInside: 'avoid' } }}>
          {f.figures.map((figure) => (
            <li key={figure.key}>
              <strong>{figure.label}.</strong> {figure.definition}
            </li>
          ))}
        </Box>
        <p>
          Issued in Amends by {n.issuedByAccount} on {formatDate(n.issuedOn)}. An issued notice is
          never changed: a correction is a new notice with a new number.
        </p>
      </Box>
    </Paper>
  );
}

/** An issued notice, ready to print or save as PDF. */
export function NoticeDocumentPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const notice = useRead('notices.get', { id });
  const n = notice.data;
  return (
    <PrintDesk
      title={n ? noticeTitle(n) : null}
      back={{ label: 'Court notices', onClick: () => navigate('/notices') }}
      notes={
        <>
          {notice.error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {notice.error.message}
            </Alert>
          )}
          {!n && !notice.error && <LinearProgress aria-label="Loading the notice" />}
          {n && !n.office.address && (
            <Alert severity="info" sx={{ mb: 2 }}>
              The office has no letterhead address yet: a manager can set it under Courts and staff.
            </Alert>
          )}
        </>
      }
    >
      {n && <NoticeSheet notice={n} />}
    </PrintDesk>
  );
}
