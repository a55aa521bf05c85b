import type { Action, Weather } from '@pilotis/shared';
import { Button, Group, NativeSelect, NumberInput, Radio, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ProgressWithLabel } from '../../../components/ProgressWithLabel';
import { notifySuccess } from '../../../lib/notify';
import { StatusLabel } from '../ActionBadges';
import { useUpdateAction } from '../use-action';
import { useStatuses } from '../use-statuses';
import { weatherColors, weatherIcons, WeatherLabel } from '../WeatherLabel';
import { SaveError } from './ConflictAlert';
import { FicheSection } from './FicheSection';

type Values = { statusId: string; weather: Weather | ''; progress: number | string };

interface ProgressSectionProps {
  action: Action;
  canUpdate: boolean;
  onReload: () => void;
}

/** « Avancement »: status, météo and completion, saved together with the version read. */
export function ProgressSection({ action, canUpdate, onReload }: ProgressSectionProps) {
  const { t } = useTranslation();
  const statuses = useStatuses().data ?? [];
  const update = useUpdateAction(action.id);
  const form = useForm<Values>({
    initialValues: { statusId: action.status.id, weather: action.weather ?? '', progress: action.progress },
    validate: { progress: (v) => (Number.isInteger(Number(v)) && Number(v) >= 0 && Number(v) <= 100 ? null : t('fiche.progressRange')) },
  });
  const computed = action.progressMode !== 'manual';

  if (!canUpdate) {
    return (
      <FicheSection title={t('fiche.progressSection')}>
        <Stack gap="xs">
          <Group gap="xs"><Text fw={600} size="sm">{t('actions.status')} :</Text><StatusLabel label={action.status.label} category={action.status.category} /></Group>
          <Group gap="xs"><Text fw={600} size="sm">{t('actions.weather')} :</Text><WeatherLabel weather={action.weather} /></Group>
          <Group gap="xs"><Text fw={600} size="sm">{t('fiche.progress')} :</Text><ProgressWithLabel value={action.progress} label={t('fiche.progress')} w={220} /></Group>
        </Stack>
      </FicheSection>
    );
  }

  const submit = (values: Values) =>
    update.mutate(
      {
        version: action.version,
        statusId: values.statusId,
        weather: values.weather || null,
        ...(computed ? {} : { progress: Number(values.progress) }),
      },
      { onSuccess: () => notifySuccess(t('fiche.saved')) },
    );
  const reload = () => {
    update.reset();
    onReload();
  };

  return (
    <FicheSection title={t('fiche.progressSection')}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <SaveError error={update.error} onReload={reload} />
          <NativeSelect label={t('actions.status')} data={statuses.filter((s) => s.active || s.id === action.status.id).map((s) => ({ value: s.id, label: s.label }))} {...form.getInputProps('statusId')} />
          <Radio.Group label={t('actions.weather')} {...form.getInputProps('weather')}>
            <Group mt="xs" gap="lg">
              {(['sunny', 'cloudy', 'stormy'] as const).map((weather) => {
                const Icon = weatherIcons[weather];
                return (
                  <Radio key={weather} value={weather} label={<Group gap={4} component="span"><Icon size={18} color={weatherColors[weather]} aria-hidden />{t(`actions.weathers.${weather}`)}</Group>} />
                );
              })}
            </Group>
          </Radio.Group>
          <NumberInput label={t('fiche.progress')} min={0} max={100} step={5} suffix=" %" clampBehavior="strict" allowDecimal={false} disabled={computed}
            description={computed ? t(`fiche.progressModes.${action.progressMode}`) : undefined} maw={220} {...form.getInputProps('progress')} />
          <Group>
            <Button type="submit" loading={update.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </FicheSection>
  );
}
