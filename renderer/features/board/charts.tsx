import { Box, Typography } from '@mui/material';
import {
  Bar,
  BarChart,
  CartesianGrid,
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

function Figure({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Box component="figure" sx={{ m: 0, my: 2, breakInside: 'avoid' }} aria-label={title}>
      <Typography component="figcaption" variant="subtitle2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

const find = (section: BoardSection, id: string) => section.tables.find((t) => t.id === id);

/** Stand-downs month by month, stacked by reason (reasons with none in the period left out). */
function StandDownsByMonth({ table }: { table: BoardTable }) {
  const causes = table.columns.filter(
    (c) => c.kind === 'count' && c.key !== 'total' && table.rows.some((r) => Number(r[c.key]) > 0),
  );
  return (
    <Figure title="Stand-downs by month and reason">
      <BarChart width={width} height={height} data={table.rows as Row[]}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        {causes.map((c, i) => (
          <Bar
            key={c.key}
            dataKey={c.key}
            name={c.label}
            stackId="causes"
            fill={palette[i % palette.length]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </Figure>
  );
}

/** Completions within the completion period against the Board's target, this period and last. */
function CompletionsAgainstTarget({ table }: { table: BoardTable }) {
  const row = (start: string) =>
    (table.rows as Row[]).find((r) => String(r.measure).startsWith(start));
  const share = row('Share completed within');
  const target = row('Target share');
  if (!share || (share.current === null && share.previous === null)) return null;
  const data = [
    { period: table.columns[2]!.label, share: share.previous },
    { period: table.columns[1]!.label, share: share.current },
  ];
  const goal = typeof target?.current === 'number' ? target.current : null;
  return (
    <Figure title="Completions within the completion period against the target (%)">
      <BarChart
        width={width}
        height={170}
        data={data}
        layout="vertical"
        margin={{ left: 40 }}
        barSize={26}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} unit="%" />
        <YAxis type="category" dataKey="period" width={170} />
        <Tooltip />
        <Bar dataKey="share" name="Completed in time" fill={palette[0]} isAnimationActive={false} />
        {goal !== null && (
          <ReferenceLine
            x={goal}
            stroke={palette[1]}
            strokeWidth={2}
            label={{ value: `Target ${goal}%`, position: 'insideTopRight' }}
          />
        )}
      </BarChart>
    </Figure>
  );
}

/** How many orders were offered how much, as shares this period and last. */
function HoursOfferedSpread({ table }: { table: BoardTable }) {
  return (
    <Figure title="Orders by average hours offered a week (% of orders)">
      <BarChart width={width} height={height} data={table.rows as Row[]}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="band" interval={0} tick={{ fontSize: 11 }} />
        <YAxis unit="%" />
        <Tooltip />
        <Legend />
        <Bar
          dataKey="previousShare"
          name="Previous period"
          fill={palette[6]}
          isAnimationActive={false}
        />
        <Bar
          dataKey="currentShare"
          name="This period"
          fill={palette[0]}
          isAnimationActive={false}
        />
      </BarChart>
    </Figure>
  );
}

/** Each group's share placed with skills learning and with contact, the targets as marks. */
function DiversityAgainstTargets({ table }: { table: BoardTable }) {
  const rows = (table.rows as Row[]).filter((r) => Number(r.people) > 0);
  if (!rows.length) return null;
  return (
    <Figure
      title={`${table.columns[0]!.label}: share placed with skills learning and with beneficiary contact, against local targets (%)`}
    >
      <BarChart width={width} height={height} data={rows}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="group" interval={0} tick={{ fontSize: 10 }} />
        <YAxis unit="%" domain={[0, 100]} />
        <Tooltip />
        <Legend />
        <Bar
          dataKey="skillsShare"
          name="Skills learning"
          fill={palette[0]}
          isAnimationActive={false}
        />
        <Bar
          dataKey="skillsTarget"
          name="Skills learning target"
          fill="#a9c4e0"
          isAnimationActive={false}
        />
        <Bar
          dataKey="contactShare"
          name="Beneficiary contact"
          fill={palette[2]}
          isAnimationActive={false}
        />
        <Bar
          dataKey="contactTarget"
          name="Contact target"
          fill="#d4e4b5"
          isAnimationActive={false}
        />
      </BarChart>
    </Figure>
  );
}

/** Warnings and breach referrals per 100 people of each ethnic group: consistency at a glance. */
function EnforcementByGroup({ table }: { table: BoardTable }) {
  const rows = (table.rows as Row[]).filter((r) => Number(r.people) > 0);
  if (!rows.length) return null;
  return (
    <Figure title="Warnings and breach referrals per 100 people with a live order, by ethnic group">
      <BarChart width={width} height={height} data={rows}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="group" interval={0} tick={{ fontSize: 10 }} />
        <YAxis />
        <Tooltip />
        <Legend />
        <Bar
          dataKey="warningRate"
          name="Warnings per 100"
          fill={palette[5]}
          isAnimationActive={false}
        />
        <Bar
          dataKey="breachRate"
          name="Breach referrals per 100"
          fill={palette[1]}
          isAnimationActive={false}
        />
      </BarChart>
    </Figure>
  );
}

/** The charts of one section, each only when its table has figures to draw. */
export function SectionCharts({ section }: { section: BoardSection }) {
  const charts: React.ReactNode[] = [];
  const add = (id: string, draw: (t: BoardTable) => React.ReactNode) => {
    const table = find(section, id);
    if (table && table.rows.length) charts.push(<Box key={id}>{draw(table)}</Box>);
  };
  add('stand-downs-by-month', (t) => <StandDownsByMonth table={t} />);
  add('orders', (t) => <CompletionsAgainstTarget table={t} />);
  add('hours-offered-spread', (t) => <HoursOfferedSpread table={t} />);
  for (const id of [
    'diversity-ethnicity',
    'diversity-gender',
    'diversity-age',
    'diversity-disability',
  ])
    add(id, (t) => <DiversityAgainstTargets table={t} />);
  add('enforcement-ethnicity', (t) => <EnforcementByGroup table={t} />);
  return <>{charts}</>;
}
