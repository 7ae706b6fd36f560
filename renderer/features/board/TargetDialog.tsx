import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Grid } from '@mui/material';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { labelOf } from '../../../shared/codes';
import { targetInput, type LocalTarget } from '../../../shared/contract/board';
import { targetDimensions, targetFeatures } from '../../../shared/session-codes';
import { groupLabel, isGroupOf, targetGroups } from '../../../shared/target-groups';
import { useWrite } from '../../api/hooks';
import { NumberInput, SelectInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';
import { Facts } from '../../components/Facts';

type Values = z.input<typeof targetInput>;
const fieldNames = ['dimension', 'groupCode', 'feature', 'targetPercent'];

/** The quality a target asks for, short: "Skills learning", "Contact with beneficiaries". */
export function qualityWords(feature: LocalTarget['feature']): string {
  const words = labelOf(targetFeatures, feature).replace(/^Placement with /, '');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What a target is about, in words: "Ethnic group White, skills learning". */
export function describeTarget(t: Pick<LocalTarget, 'dimension' | 'groupCode' | 'feature'>) {
  return `${labelOf(targetDimensions, t.dimension)} ${groupLabel(t.dimension, t.groupCode)}, ${qualityWords(t.feature).toLowerCase()}`;
}

/**
 * Sets a local diversity target for a year. A new one chooses what it measures; changing one
 * keeps its group and quality and changes the percentage only (saving replaces the same target).
 */
export function TargetDialog({
  year,
  changing,
  existing,
  onClose,
}: {
  year: number;
  changing: LocalTarget | null;
  existing: readonly LocalTarget[];
  onClose: () => void;
}) {
  const notify = useNotify();
  const save = useWrite('board.saveTarget');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError, setValue } = useForm<Values>({
    resolver: zodResolver(targetInput),
    defaultValues: changing
      ? {
          year,
          dimension: changing.dimension,
          groupCode: changing.groupCode,
          feature: changing.feature,
          targetPercent: changing.targetPercent,
        }
      : { year, dimension: 'ETHNICITY', feature: 'SKILLS_LEARNING' },
  });
  const [dimension, groupCode, feature] = useWatch({
    control,
    name: ['dimension', 'groupCode', 'feature'],
  });
  // A group of another dimension means nothing: choose again.
  useEffect(() => {
    if (dimension && groupCode && !isGroupOf(dimension, groupCode)) setValue('groupCode', '');
  }, [dimension, groupCode, setValue]);
  const replaces = changing
    ? null
    : existing.find(
        (t) => t.dimension === dimension && t.groupCode === groupCode && t.feature === feature,
      );

  const submit = handleSubmit((values) => {
    setProblem(null);
    save.mutate(values, {
      onSuccess: (t) => {
        notify(`Target for ${t.year} saved: ${describeTarget(t)}, ${t.targetPercent}%`);
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    });
  });

  return (
    <FormDialog
      title={changing ? `Change a target for ${year}` : `Add a local target for ${year}`}
      onClose={onClose}
      onSubmit={submit}
      busy={save.isPending}
      problem={problem}
      action="Save target"
    >
      <Grid container spacing={2}>
        {changing ? (
          <Grid size={12}>
            <Facts
              items={[
                ['Measured on', labelOf(targetDimensions, changing.dimension)],
                ['Group', changing.groupLabel],
                ['Placement quality', labelOf(targetFeatures, changing.feature)],
              ]}
            />
          </Grid>
        ) : (
          <>
            <Grid size={{ xs: 12, sm: 6 }}>
              <SelectInput
                control={control}
                name="dimension"
                label="Measured on"
                required
                options={targetDimensions}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <SelectInput
                control={control}
                name="groupCode"
                label="Group"
                required
                options={targetGroups[dimension ?? 'ETHNICITY']}
              />
            </Grid>
            <Grid size={12}>
              <SelectInput
                control={control}
                name="feature"
                label="Placement quality"
                required
                options={targetFeatures}
              />
            </Grid>
          </>
        )}
        <Grid size={{ xs: 12, sm: 6 }}>
          <NumberInput
            control={control}
            name="targetPercent"
            label="Target (%)"
            required
            helperText="The least share of the group to be placed with this quality"
          />
        </Grid>
        {replaces && (
          <Grid size={12}>
            <Alert severity="info">
              A target of {replaces.targetPercent}% is already set for this group and quality in{' '}
              {year}: saving replaces it.
            </Alert>
          </Grid>
        )}
      </Grid>
    </FormDialog>
  );
}
