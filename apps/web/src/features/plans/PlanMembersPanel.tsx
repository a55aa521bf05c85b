import { planRoles, type PlanRole } from '@pilotis/shared';
import { Button, Group, NativeSelect, Paper, Table, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describeError } from '../../lib/errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useUsers } from '../users/use-users';
import { useAddPlanMember, usePlanMembers, useRemovePlanMember } from './use-plan-members';

/** « Membres du plan »: who manages, contributes to or reads the plan (managers and admins only). */
export function PlanMembersPanel({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const members = usePlanMembers(planId);
  const users = useUsers().data ?? [];
  const add = useAddPlanMember(planId);
  const remove = useRemovePlanMember(planId);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<PlanRole>('contributor');
  const list = members.data ?? [];
  const memberIds = new Set(list.map((m) => m.userId));
  const candidates = users.filter((u) => u.active !== false && !memberIds.has(u.id)).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const roleOptions = planRoles.map((r) => ({ value: r, label: t(`plans.roles.${r}`) }));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!userId) return;
    add.mutate({ userId, role }, { onSuccess: () => { setUserId(''); notifySuccess(t('members.added')); } });
  };

  return (
    <Paper withBorder p="md" mt="xl" component="section" aria-labelledby="plan-members-heading">
      <Title order={2} size="h4" id="plan-members-heading" mb="sm">{t('members.heading')}</Title>
      <ErrorAlert error={members.error ?? add.error} />
      {list.length === 0 && !members.isPending && <Text c="dimmed">{t('members.empty')}</Text>}
      {list.length > 0 && (
        <Table verticalSpacing={4} mb="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('members.person')}</Table.Th>
              <Table.Th scope="col">{t('members.role')}</Table.Th>
              <Table.Th scope="col">{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((member) => (
              <Table.Tr key={member.userId}>
                <Table.Th scope="row" id={`member-${member.userId}`} fw={500}>{member.name}</Table.Th>
                <Table.Td>{t(`plans.roles.${member.role}`)}</Table.Td>
                <Table.Td>
                  <Button size="compact-sm" variant="subtle" aria-describedby={`member-${member.userId}`}
                    onClick={() => remove.mutate(member.userId, { onError: (error) => notifyError(describeError(error, t)) })}>
                    {t('members.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={submit}>
        <Group align="flex-end">
          <NativeSelect label={t('members.person')} value={userId} onChange={(e) => setUserId(e.currentTarget.value)}
            data={[{ value: '', label: t('members.choosePerson') }, ...candidates.map((u) => ({ value: u.id, label: u.name }))]} />
          <NativeSelect label={t('members.role')} value={role} onChange={(e) => setRole(e.currentTarget.value as PlanRole)} data={roleOptions} />
          <Button type="submit" leftSection={<IconUserPlus size={16} aria-hidden />} loading={add.isPending} disabled={!userId}>
            {t('members.add')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
