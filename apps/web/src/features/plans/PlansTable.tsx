import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planPath } from '../../app/paths';
import { ProgressWithLabel } from '../../components/ProgressWithLabel';
import { useFormatters } from '../../lib/use-formatters';
import type { PlanListItem } from './plan-types';
import { PlanStateBadge } from './PlanStateBadge';

/** Overall progress when the list carries it (either flat or inside a roll-up). */
const overallProgress = (plan: PlanListItem) => plan.progress ?? plan.rollup?.progress ?? null;

export function PlansTable({ plans }: { plans: PlanListItem[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (plans.length === 0) return <Text c="dimmed">{t('plans.empty')}</Text>;
  const sorted = [...plans].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const period = (plan: PlanListItem) =>
    plan.startsOn || plan.endsOn ? `${format.date(plan.startsOn) || '…'} – ${format.date(plan.endsOn) || '…'}` : t('common.empty');

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" c="dimmed" size="sm">
            {t('plans.caption')}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('plans.name')}</Table.Th>
            <Table.Th scope="col">{t('plans.kind')}</Table.Th>
            <Table.Th scope="col">{t('plans.period')}</Table.Th>
            <Table.Th scope="col">{t('plans.state')}</Table.Th>
            <Table.Th scope="col">{t('plans.myRole')}</Table.Th>
            <Table.Th scope="col">{t('plans.progress')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((plan) => (
            <Table.Tr key={plan.id}>
              <Table.Th scope="row">
                <Anchor component={Link} to={planPath(plan.id)} fw={600}>
                  {plan.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{t(`plans.kinds.${plan.kind}`)}</Table.Td>
              <Table.Td>{period(plan)}</Table.Td>
              <Table.Td><PlanStateBadge state={plan.state} /></Table.Td>
              <Table.Td>{plan.myRole ? t(`plans.roles.${plan.myRole}`) : t('plans.noRole')}</Table.Td>
              <Table.Td>
                {overallProgress(plan) === null ? (
                  t('common.empty')
                ) : (
                  <ProgressWithLabel value={overallProgress(plan)} label={t('plans.progressOf', { name: plan.name })} />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
