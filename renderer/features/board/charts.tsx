import { Box, Typography } from '@mui/material';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { BoardSection, BoardTable } from '../../../shared/contract/board';

/**
 * The pictures that read better than a table, drawn from the section's own tables so a chart can
 * never disagree with the figures beside it. Fixed sizes and no animation: Chromium prints the
 * chart exactly as drawn.
 */

const width = 760;
const height = 260;
const palette = ['#1f4e79', '#c0504d', '#9bbb59', '#8064a2', '#4bacc6', '#f79646', '#7f7f7f'];

type Row = Record<string, string | number | null>;
interface Series {
  key: string;
  name: string;
  colour: string;
}

/** Bars for each row of a table, side by side (or stacked), with the row's label below. */
function Bars(props: {
  title: string;
  rows: Row[];
  x: string;
  series: Series[];
  percent?: boolean;
  stacked?: boolean;
}) {
  const { title, rows, x, series, percent, stacked } = props;
  return (
    <Box
      component="figure"
      aria-label={title}
      // A tooltip left open by the pointer is not part of the report.
      sx={{
        m: 0,
        my: 2,
        breakInside: 'avoid',
        '@media print': { '& .recharts-tooltip-wrapper': { display: 'none' } },
      }}
    >
      <Typography component="figcaption" variant="subtitle2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <BarChart width={width} height={height} data={rows} margin={{ bottom: 40, left: 30 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        {/* Long group names (the census headings) are slanted so they never run into each other. */}
        <XAxis dataKey={x} interval={0} tick={{ fontSize: 10 }} angle={-15} textAnchor="end" />
        <YAxis
          allowDecimals={!stacked}
          unit={percent ? '%' : undefined}
          domain={percent ? [0, 100] : undefined}
        />
        <Tooltip />
        <Legend verticalAlign="top" />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={s.colour}
            stackId={stacked ? 'all' : undefined}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </Box>
  );
}

/** Completions within the completion period against the Board's target, this period and last. */
function CompletionsAgainstTarget({ table }: { table: BoardTable }) {
  const rows = table.rows as Row[];
  const find = (start: string) => rows.find((r) => String(r.measure).startsWith(start));
  const share = find('Share completed within');
  if (!share || (share.current === null && share.previous === null)) return null;
  const target = find('Target share')?.current;
  const title = 'Completions within the completion period against the target (%)';
  return (
    <Box
      component="figure"
      aria-label={title}
      // A tooltip left open by the pointer is not part of the report.
      sx={{
        m: 0,
        my: 2,
        breakInside: 'avoid',
        '@media print': { '& .recharts-tooltip-wrapper': { display: 'none' } },
      }}
    >
      <Typography component="figcaption" variant="subtitle2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <BarChart
        width={width}
        height={170}
        layout="vertical"
        barSize={26}
        margin={{ left: 40, top: 16 }}
        data={[
          { period: table.columns[2]!.label, share: share.previous },
          { period: table.columns[1]!.label, share: share.current },
        ]}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} unit="%" />
        <YAxis type="category" dataKey="period" width={170} />
        <Bar dataKey="share" name="Completed in time" fill={palette[0]} isAnimationActive={false}>
          <LabelList
            dataKey="share"
            position="insideRight"
            fill="#fff"
            formatter={(v) => `${v}%`}
          />
        </Bar>
        {typeof target === 'number' && (
          <ReferenceLine
            x={target}
            stroke={palette[1]}
            strokeWidth={2}
            label={{ value: `Target ${target}%`, position: 'top' }}
          />
        )}
      </BarChart>
    </Box>
  );
}

/** Each chart: the table it draws and how. A chart is left out when its table has no rows. */
const charts: Record<string, (t: BoardTable) => React.ReactNode> = {
  orders: (t) => <CompletionsAgainstTarget table={t} />,
  'stand-downs-by-month': (t) => (
    <Bars
      title="Stand-downs by month and reason"
      rows={t.rows as Row[]}
      x="month"
      stacked
      series={t.columns
        .filter((c) => c.kind === 'count' && c.key !== 'total')
        .map((c, i) => ({ key: c.key, name: c.label, colour: palette[i % palette.length]! }))}
    />
  ),
  'hours-offered-spread': (t) => (
    <Bars
      title="Orders by average hours offered a week (% of orders)"
      rows={t.rows as Row[]}
      x="band"
      percent
      series={[
        { key: 'previousShare', name: 'Previous period', colour: palette[6]! },
        { key: 'currentShare', name: 'This period', colour: palette[0]! },
      ]}
    />
  ),
  'enforcement-ethnicity': (t) => (
    <Bars
      title="Warnings and breach referrals per 100 people with a live order, by ethnic group"
      rows={(t.rows as Row[]).filter((r) => Number(r.people) > 0)}
      x="group"
      series={[
        { key: 'warningRate', name: 'Warnings per 100', colour: palette[5]! },
        { key: 'breachRate', name: 'Breach referrals per 100', colour: palette[1]! },
      ]}
    />
  ),
};

/** Each group's share placed with skills learning and with contact, beside the local targets. */
const diversity = (t: BoardTable) => (
  <Bars
    title={`${t.columns[0]!.label}: share placed with skills learning and with beneficiary contact, against local targets (%)`}
    rows={(t.rows as Row[]).filter((r) => Number(r.people) > 0)}
    x="group"
    percent
    series={[
      { key: 'skillsShare', name: 'Skills learning', colour: palette[0]! },
      { key: 'skillsTarget', name: 'Skills learning target', colour: '#a9c4e0' },
      { key: 'contactShare', name: 'Beneficiary contact', colour: palette[2]! },
      { key: 'contactTarget', name: 'Contact target', colour: '#d4e4b5' },
    ]}
  />
);
for (const id of [
  'diversity-ethnicity',
  'diversity-gender',
  'diversity-age',
  'diversity-disability',
])
  charts[id] = diversity;

/** The charts of one section, in the order of its tables. */
export function SectionCharts({ section }: { section: BoardSection }) {
  return (
    <>
      {section.tables
        .filter((t) => t.rows.length > 0 && charts[t.id])
        .map((t) => (
          <Box key={t.id}>{charts[t.id]!(t)}</Box>
        ))}
    </>
  );
}
