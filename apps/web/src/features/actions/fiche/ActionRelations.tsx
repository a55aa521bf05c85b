import type { Action } from '@pilotis/shared';
import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionPath } from '../../../app/paths';
import { useActionRefs } from '../use-action';

/** A link to another fiche by id: « code titre » once loaded, a neutral text while loading or out of reach. */
function ActionLink({ id, label }: { id: string; label?: string }) {
  const { t } = useTranslation();
  return <Anchor component={Link} to={actionPath(id)}>{label ?? t('merge.anotherAction')}</Anchor>;
}

/** Where the fiche stands among others: merged into…, sub-action of…, its sub-actions. */
export function ActionRelations({ action }: { action: Action }) {
  const { t } = useTranslation();
  const ids = [action.mergedIntoId, action.parentActionId, ...action.subActionIds].filter((id): id is string => id !== null);
  const refs = useActionRefs(ids);
  const labelOf = (id: string) => {
    const found = refs[ids.indexOf(id)]?.data?.data;
    return found ? `${found.code} ${found.title}` : undefined;
  };
  if (ids.length === 0) return null;

  return (
    <Stack gap="sm">
      {action.mergedIntoId && (
        <Alert color="orange.9" variant="outline" c="dark" icon={<IconGitMerge aria-hidden />} title={t('merge.mergedNoticeTitle')}>
          <Text size="sm">
            {t('merge.mergedInto')} <ActionLink id={action.mergedIntoId} label={labelOf(action.mergedIntoId)} />
          </Text>
        </Alert>
      )}
      {action.parentActionId && (
        <Text size="sm">
          {t('merge.subActionOf')} <ActionLink id={action.parentActionId} label={labelOf(action.parentActionId)} />
        </Text>
      )}
      {action.subActionIds.length > 0 && (
        <nav aria-label={t('merge.subActions')}>
          <Text size="sm" fw={700}>{t('merge.subActions')}</Text>
          <List size="sm">
            {action.subActionIds.map((id) => (
              <List.Item key={id}><ActionLink id={id} label={labelOf(id)} /></List.Item>
            ))}
          </List>
        </nav>
      )}
    </Stack>
  );
}
