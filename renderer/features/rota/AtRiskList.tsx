import { Box, Chip, Link, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { AtRiskSession, FreeSupervisor } from '../../../shared/contract/rota';
import { dayAndDate } from '../sessions/labels';

const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

function supervisorOffer(s: FreeSupervisor) {
  const used = s.sessionsInWindow;
  return `${s.name} (${used === 0 ? 'no other sessions' : `${used} ${used === 1 ? 'session' : 'sessions'}`} in these days)`;
}

function Heading({ children }: { children: string }) {
  return (
    <Typography variant="body2" sx={{ fontWeight: 600, mt: 1 }}>
      {children}
    </Typography>
  );
}

function Bullets({ items }: { items: readonly string[] }) {
  return (
    <Box component="ul" sx={{ my: 0.5, pl: 3 }}>
      {items.map((item) => (
        <Typography key={item} component="li" variant="body2">
          {item}
        </Typography>
      ))}
    </Box>
  );
}

/** One session at risk: why, who would be stood down, and what would put it right. */
function AtRisk({ s }: { s: AtRiskSession }) {
  const moves = s.fixes.moves.filter((m) => m.options.length > 0);
  const needed = s.fixes.supervisorsNeeded;
  return (
    <Box
      component="li"
      aria-label={`${s.placementName}, ${dayAndDate(s.date)}`}
      sx={{
        listStyle: 'none',
        borderTop: 1,
        borderColor: 'divider',
        py: 1.5,
        '&:first-of-type': { borderTop: 0, pt: 0.5 },
      }}
    >
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}
      >
        <Typography variant="subtitle1" component="h3">
          <Link component={RouterLink} to={`/sessions/${s.sessionId}`}>
            {s.placementName}, {dayAndDate(s.date)}, {s.startTime}–{s.endTime}
          </Link>
        </Typography>
        <Stack direction="row" spacing={1}>
          <Chip size="small" label={`${s.booked} booked, room for ${s.capacity}`} />
          <Chip size="small" color="error" label={`${people(s.shortBy)} would be stood down`} />
        </Stack>
      </Stack>
      <Bullets items={s.reasons} />
      <Heading>Would be stood down (booked last)</Heading>
      <Typography variant="body2">
        {s.standDown.map((p) => `${p.personName} (${p.caseReference})`).join('; ')}
      </Typography>
      <Heading>What would fix it</Heading>
      <Bullets
        items={[
          s.fixes.supervisors.length > 0
            ? `Add ${needed === 1 ? 'a supervisor' : `${needed} supervisors`}, free and fit that day: ${s.fixes.supervisors.map(supervisorOffer).join(', ')}`
            : `No fit supervisor is free at that time${needed ? ` (${needed} needed)` : ''}`,
          ...moves.map(
            (m) =>
              `Move ${m.personName} to ${m.options
                .map(
                  (o) =>
                    `${o.placementName}, ${dayAndDate(o.date)} ${o.startTime}–${o.endTime} (room for ${o.room})`,
                )
                .join(', or ')}`,
          ),
          ...(moves.length < s.standDown.length
            ? [
                `No session with room in these days for ${s.standDown
                  .filter((p) => !moves.some((m) => m.orderId === p.orderId))
                  .map((p) => p.personName)
                  .join('; ')}`,
              ]
            : []),
        ]}
      />
    </Box>
  );
}

/** Sessions at risk of a stand-down, each linking to its session; `limit` shows only the first ones. */
export function AtRiskList({
  sessions,
  limit,
}: {
  sessions: readonly AtRiskSession[];
  limit?: number;
}) {
  const shown = limit === undefined ? sessions : sessions.slice(0, limit);
  return (
    <Box component="ul" aria-label="Sessions at risk" sx={{ m: 0, p: 0 }}>
      {shown.map((s) => (
        <AtRisk key={s.sessionId} s={s} />
      ))}
    </Box>
  );
}
