import DownloadIcon from '@mui/icons-material/Download';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import PrintIcon from '@mui/icons-material/Print';
import TableChartIcon from '@mui/icons-material/TableChart';
import {
  Alert,
  Box,
  Button,
  LinearProgress,
  Menu,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { format, isValid, parseISO } from 'date-fns';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { BoardReport, ReportInput } from '../../../shared/contract/board';
import { AppError } from '../../../shared/errors';
import { useCaller, useRead } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useNotify } from '../../components/Notify';
import { BoardDocument } from './BoardDocument';
import { download, fromBase64, savePdf } from './download';
import { lastQuarter, recentQuarters, recentYears } from './periods';

type Kind = ReportInput['kind'];

function DateField(props: { label: string; value: string; onChange: (iso: string) => void }) {
  return (
    <DatePicker
      label={props.label}
      value={props.value ? parseISO(props.value) : null}
      format="dd/MM/yyyy"
      onChange={(d) => {
        if (d && isValid(d)) props.onChange(format(d, 'yyyy-MM-dd'));
      }}
      slotProps={{ textField: { size: 'small', sx: { width: 180 } } }}
    />
  );
}

/** The period chosen, kept in the address so a report can be reopened or printed as it is. */
function usePeriod(today: string | undefined) {
  const [params, setParams] = useSearchParams();
  const kind = (params.get('kind') ?? 'QUARTER') as Kind;
  const from = params.get('from') ?? (today ? lastQuarter(today) : '');
  const to = params.get('to') ?? undefined;
  const set = (next: Record<string, string | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined) merged.delete(k);
      else merged.set(k, v);
    }
    setParams(merged, { replace: true });
  };
  const input: ReportInput | null = from
    ? { kind, from, ...(kind === 'DATES' ? { to: to ?? from } : {}) }
    : null;
  return { kind, from, to: to ?? from, input, set };
}

function Exports({ input, report }: { input: ReportInput; report: BoardReport }) {
  const call = useCaller();
  const notify = useNotify();
  const [busy, setBusy] = useState<string | null>(null);
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const title = `${report.office.name}: Board report, ${report.period.label}`;
  const stem = `Board report ${report.period.label}`;
  const run = async (what: string, work: () => Promise<string | null>) => {
    setBusy(what);
    try {
      const done = await work();
      if (done) notify(done);
    } catch (e) {
      notify(e instanceof AppError ? e.message : `The ${what} failed.`, 'error');
    } finally {
      setBusy(null);
    }
  };
  const tables = report.sections.flatMap((s) => s.tables);
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
        <Button startIcon={<PrintIcon />} onClick={() => window.print()} disabled={!!busy}>
          Print
        </Button>
        <Button
          startIcon={<PictureAsPdfIcon />}
          disabled={!!busy}
          onClick={() =>
            run('PDF', async () => {
              const path = await savePdf(title, `${stem}.pdf`);
              return path ? `Saved the report as ${path}` : null;
            })
          }
        >
          Save as PDF
        </Button>
        <Button
          startIcon={<TableChartIcon />}
          disabled={!!busy}
          onClick={() =>
            run('workbook', async () => {
              const file = await call('board.exportXlsx', input);
              download(
                file.fileName,
                fromBase64(
                  file.base64,
                  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                ),
              );
              return `Workbook exported: ${tables.length} tables, one sheet each`;
            })
          }
        >
          Export XLSX
        </Button>
        <Button
          startIcon={<DownloadIcon />}
          disabled={!!busy}
          onClick={(e) => setMenu(e.currentTarget)}
          aria-haspopup="menu"
        >
          CSV of a table
        </Button>
      </Stack>
      {busy && <LinearProgress aria-label={`Preparing the ${busy}`} sx={{ mt: 1 }} />}
      <Menu anchorEl={menu} open={!!menu} onClose={() => setMenu(null)}>
        {tables.map((t) => (
          <MenuItem
            key={t.id}
            onClick={() => {
              setMenu(null);
              void run('CSV', async () => {
                const file = await call('board.exportCsv', { period: input, tableId: t.id });
                download(file.fileName, new Blob([file.csv], { type: 'text/csv' }));
                return `Exported “${t.title}” as CSV`;
              });
            }}
          >
            {t.title}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}

/** The quarterly (or yearly, or any dates) report to the Probation Board, with its exports. */
export function BoardPage() {
  const office = useRead('office.get', {});
  const today = office.data?.today;
  const period = usePeriod(today);
  const report = useRead('board.report', period.input!, { enabled: !!period.input });
  return (
    <>
      <Box sx={{ displayPrint: 'none' }}>
        <PageHeader
          title="Board report"
          subtitle="The figures the Probation Board receives, for a quarter, a year or any dates, against the period before"
        />
        <Stack
          direction="row"
          spacing={2}
          useFlexGap
          sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}
        >
          <TextField
            select
            size="small"
            label="Period"
            value={period.kind}
            onChange={(e) => {
              const kind = e.target.value as Kind;
              const from = kind === 'YEAR' && today ? recentYears(today)[0] : period.from;
              period.set({ kind, from, to: kind === 'DATES' ? period.to : undefined });
            }}
            sx={{ width: 150 }}
          >
            <MenuItem value="QUARTER">A quarter</MenuItem>
            <MenuItem value="YEAR">A year</MenuItem>
            <MenuItem value="DATES">Dates</MenuItem>
          </TextField>
          {period.kind === 'QUARTER' && today && (
            <TextField
              select
              size="small"
              label="Quarter"
              value={quarterStartOf(period.from)}
              onChange={(e) => period.set({ from: e.target.value })}
              sx={{ width: 240 }}
            >
              {recentQuarters(today).map((q) => (
                <MenuItem key={q.from} value={q.from}>
                  {q.label}
                </MenuItem>
              ))}
            </TextField>
          )}
          {period.kind === 'YEAR' && today && (
            <TextField
              select
              size="small"
              label="Year"
              value={`${period.from.slice(0, 4)}-01-01`}
              onChange={(e) => period.set({ from: e.target.value })}
              sx={{ width: 120 }}
            >
              {recentYears(today).map((y) => (
                <MenuItem key={y} value={y}>
                  {y.slice(0, 4)}
                </MenuItem>
              ))}
            </TextField>
          )}
          {period.kind === 'DATES' && (
            <>
              <DateField
                label="From"
                value={period.from}
                onChange={(from) => period.set({ from })}
              />
              <DateField label="To" value={period.to} onChange={(to) => period.set({ to })} />
            </>
          )}
          {report.data && period.input && <Exports input={period.input} report={report.data} />}
        </Stack>
        {report.isFetching && (
          <Box sx={{ mb: 2 }}>
            <LinearProgress aria-label="Working out the figures" />
            <Typography variant="body2" color="text.secondary">
              Working out the figures…
            </Typography>
          </Box>
        )}
        {report.error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {report.error.message}
          </Alert>
        )}
      </Box>
      {report.data && !report.isFetching && <BoardDocument report={report.data} />}
    </>
  );
}

/** The first day of the quarter holding a date. */
function quarterStartOf(date: string) {
  const month = Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 1;
  return `${date.slice(0, 4)}-${String(month).padStart(2, '0')}-01`;
}
