import { Alert, Box, Divider, Typography } from '@mui/material';
import type { BoardReport } from '../../../shared/contract/board';
import { formatDate } from '../../../shared/dates';
import { SectionCharts } from './charts';
import { ReportTable } from './ReportTable';

/**
 * The Board report as a document: letterhead, period, contents, each section with its summary,
 * charts and tables, then the notes saying how every figure is worked out. The screen shows it
 * and Chromium prints this same document to paper or PDF.
 */
export function BoardDocument({ report }: { report: BoardReport }) {
  const { office } = report;
  return (
    <Box
      component="article"
      aria-label="Board report"
      sx={{
        bgcolor: 'background.paper',
        p: { xs: 2, md: 5 },
        maxWidth: 900,
        mx: 'auto',
        boxShadow: 1,
        '@media print': { boxShadow: 'none', p: 0, maxWidth: 'none' },
      }}
    >
      <Box component="header" sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
        <div>
          <Typography variant="overline" color="text.secondary">
            Report to the Probation Board
          </Typography>
          <Typography variant="h4" component="h1" sx={{ fontWeight: 600 }}>
            Unpaid Work performance
          </Typography>
          <Typography variant="h6" component="p">
            {report.period.label}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {formatDate(report.period.from)} to {formatDate(report.period.to)}, compared with{' '}
            {report.previous.label} ({formatDate(report.previous.from)} to{' '}
            {formatDate(report.previous.to)}). Produced on {formatDate(report.generatedOn)}.
          </Typography>
        </div>
        <Box sx={{ textAlign: 'right', whiteSpace: 'pre-line', fontSize: 13 }}>
          <Typography sx={{ fontWeight: 600 }}>{office.name}</Typography>
          {office.address && <div>{office.address}</div>}
          {office.phone && <div>{office.phone}</div>}
          {office.email && <div>{office.email}</div>}
        </Box>
      </Box>
      <Divider sx={{ my: 3 }} />
      {!report.hasData ? (
        <Alert severity="info">
          Amends holds nothing for {report.period.label}: no order was live, no session was held and
          no enforcement decision was made in it. There are no figures to report for this period.
        </Alert>
      ) : (
        <>
          <Box component="nav" aria-label="Contents" sx={{ mb: 3 }}>
            <Typography variant="h6" component="h2">
              Contents
            </Typography>
            <Box component="ol" sx={{ columns: 2, m: 0, pl: 3 }}>
              {report.sections.map((s) => (
                <li key={s.id}>
                  <a href={`#section-${s.id}`} onClick={(e) => jump(e, s.id)}>
                    {s.title}
                  </a>
                </li>
              ))}
              <li>
                <a href="#section-notes" onClick={(e) => jump(e, 'notes')}>
                  Notes: how the figures are worked out
                </a>
              </li>
            </Box>
          </Box>
          {report.sections.map((s, i) => (
            <Box component="section" key={s.id} id={`section-${s.id}`} sx={{ mb: 4 }}>
              <Typography variant="h5" component="h2" sx={{ fontWeight: 600, breakAfter: 'avoid' }}>
                {i + 1}. {s.title}
              </Typography>
              <Typography variant="body1" sx={{ my: 1 }}>
                {s.summary}
              </Typography>
              <SectionCharts section={s} />
              {s.tables.map((t) => (
                <ReportTable key={t.id} table={t} />
              ))}
            </Box>
          ))}
          <Box component="section" id="section-notes" sx={{ breakBefore: 'page' }}>
            <Typography variant="h5" component="h2" sx={{ fontWeight: 600 }}>
              Notes: how the figures are worked out
            </Typography>
            {report.sections.flatMap((s) =>
              s.tables.map((t) => (
                <Box key={t.id} sx={{ mt: 1.5, breakInside: 'avoid' }}>
                  <Typography variant="subtitle2" component="h3">
                    {s.title}: {t.title}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {t.definition}
                  </Typography>
                </Box>
              )),
            )}
          </Box>
        </>
      )}
    </Box>
  );
}

/** In-page links without touching the hash router's address. */
function jump(event: React.MouseEvent, id: string) {
  event.preventDefault();
  document.getElementById(`section-${id}`)?.scrollIntoView({ behavior: 'smooth' });
}
