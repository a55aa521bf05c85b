import type { Action } from '@pilotis/shared';
import { Alert, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { actionPath } from '../../../app/paths';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { issuesToFormErrors } from '../../../lib/errors';
import { notifySuccess } from '../../../lib/notify';
import { useMergeAction, type MergeMode } from '../use-action';
import { ActionTargetPicker } from './ActionTargetPicker';

/** « Rattacher ou fusionner »: choose the operation, the target, then confirm; the target fiche opens. */
export function MergeForm({ action, onDone }: { action: Action; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const merge = useMergeAction(action.id);
  const [mode, setMode] = useState<MergeMode>('attach');
  const [target, setTarget] = useState<{ id: string; label: string } | null>(null);
  const [missing, setMissing] = useState(false);
  const targetError = missing ? t('merge.targetRequired') : issuesToFormErrors(merge.error).targetActionId;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!target) return setMissing(true);
    merge.mutate({ targetActionId: target.id, mode }, {
      onSuccess: (saved) => {
        notifySuccess(t(mode === 'attach' ? 'merge.attached' : 'merge.merged', { name: `${saved.data.code} ${saved.data.title}` }));
        onDone();
        void navigate(actionPath(saved.data.id));
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Radio.Group label={t('merge.mode')} value={mode} onChange={(value) => setMode(value as MergeMode)}>
          <Stack gap="xs" mt="xs">
            <Radio value="attach" label={t('merge.attach')} description={t('merge.attachHelp')} data-autofocus />
            <Radio value="merge" label={t('merge.merge')} description={t('merge.mergeHelp')} />
          </Stack>
        </Radio.Group>
        <ActionTargetPicker
          planId={action.planId}
          excludeId={action.id}
          value={target?.id ?? ''}
          error={targetError}
          onChange={(id, label) => { setTarget({ id, label }); setMissing(false); }}
        />
        {target && (
          <Alert color="blue" variant="light" c="dark">
            <Text size="sm">{t(mode === 'attach' ? 'merge.confirmAttach' : 'merge.confirmMerge', { source: `${action.code} ${action.title}`, target: target.label })}</Text>
          </Alert>
        )}
        {!targetError && <ErrorAlert error={merge.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" color={mode === 'merge' ? 'red.9' : undefined} loading={merge.isPending}>
            {t(mode === 'attach' ? 'merge.submitAttach' : 'merge.submitMerge')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
