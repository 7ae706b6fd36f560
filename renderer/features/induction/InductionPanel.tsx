import AddIcon from '@mui/icons-material/Add';
import { Alert, Button, Card, CardContent, CardHeader } from '@mui/material';
import { useState } from 'react';
import { labelOf } from '../../../shared/codes';
import { formatDate } from '../../../shared/dates';
import {
  basicSkillLevels,
  placementPreferences,
  skills,
  transportModes,
} from '../../../shared/placement-codes';
import { useRead } from '../../api/hooks';
import { CodeChips } from '../../components/CodeChips';
import { Facts } from '../../components/Facts';
import { describeSlots } from '../../components/SlotGrid';
import { InductionDialog } from './InductionDialog';

const yesNo = (v: boolean) => (v ? 'Yes' : 'No');

/** The latest induction of the order: the needs profile allocation matches placements against. */
export function InductionPanel({
  orderId,
  live,
  ended = false,
}: {
  orderId: number;
  live: boolean;
  ended?: boolean;
}) {
  const latest = useRead('induction.latest', { orderId });
  const [recording, setRecording] = useState(false);
  const i = latest.data;
  const basic = i
    ? (['reading', 'writing', 'numeracy'] as const)
        .map(
          (k) =>
            `${k[0]!.toUpperCase()}${k.slice(1)}: ${labelOf(basicSkillLevels, i[k]).toLowerCase()}`,
        )
        .join('; ')
    : '';
  return (
    <Card variant="outlined" component="section" aria-labelledby="induction-heading">
      <CardHeader
        title="Induction"
        slotProps={{ title: { id: 'induction-heading', component: 'h2' } }}
        subheader={i ? `Inducted on ${formatDate(i.inductedOn)} by ${i.inductedByName}` : undefined}
        action={
          live && (
            <Button startIcon={<AddIcon />} onClick={() => setRecording(true)}>
              Record the induction
            </Button>
          )
        }
      />
      <CardContent>
        {latest.error && <Alert severity="error">{latest.error.message}</Alert>}
        {latest.data === null && (
          <Alert severity="info">
            {ended
              ? 'No induction was recorded for this order.'
              : 'Not inducted yet. Everyone is interviewed by UPW staff before they are allocated.'}
          </Alert>
        )}
        {i && (
          <>
            {!i.healthAndSafetyBriefed && (
              <Alert severity="warning" sx={{ mb: 2 }}>
                The health and safety briefing has not been given.
              </Alert>
            )}
            <Facts
              items={[
                ['Availability', describeSlots(i.availability)],
                ['Travel', labelOf(transportModes, i.transport)],
                ['Home area', i.homeArea],
                ['Preference', labelOf(placementPreferences, i.preference)],
                ['Skills', <CodeChips key="skills" codes={i.skills} items={skills} />],
                ['Reading, writing, numeracy', basic],
                ['Health and disability', i.health],
                ['Wheelchair user', yesNo(i.wheelchairUser)],
                ['Caring duties', i.caringDuties],
                [
                  'Employability need',
                  i.employabilityNeed
                    ? `Yes${i.employabilityNotes ? `: ${i.employabilityNotes}` : ''}`
                    : 'No',
                ],
                ['Religious observance', i.religiousObservance],
                ['Language needs', i.languageNeeds],
                [
                  'Kit sizes',
                  `Clothing ${i.clothingSize}, footwear ${i.footwearSize}${i.gloveSize ? `, gloves ${i.gloveSize}` : ''}`,
                ],
                ['Work history', i.workHistory],
                ['Health and safety briefing', yesNo(i.healthAndSafetyBriefed)],
              ]}
            />
          </>
        )}
      </CardContent>
      {recording && (
        <InductionDialog orderId={orderId} last={i} onClose={() => setRecording(false)} />
      )}
    </Card>
  );
}
