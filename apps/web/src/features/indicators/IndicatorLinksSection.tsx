import type { Indicator } from '@pilotis/shared';
import { Anchor, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionPath, planPath } from '../../app/paths';
import { apiGet } from '../../lib/api';
import { FicheSection } from '../actions/fiche/FicheSection';
import { useActionRefs } from '../actions/use-action';
import type { PlanTree } from '../plans/plan-types';
import { planTreeKey } from '../plans/use-plan-tree';
import { usePlans } from '../plans/use-plans';

/** Where each linked node lives (plan, label), from the readable plans' trees (shared with the plan pages' cache). */
function useNodeIndex(enabled: boolean) {
  const plans = usePlans().data ?? [];
  const trees = useQueries({
    queries: plans.map((plan) => ({
      queryKey: planTreeKey(plan.id),
      queryFn: async () => (await apiGet<{ data: PlanTree }>(`/api/plans/${plan.id}/tree`)).data,
      enabled,
    })),
  });
  const index = new Map<string, { planId: string; label: string }>();
  plans.forEach((plan, i) => {
    for (const node of trees[i]?.data?.nodes ?? []) index.set(node.id, { planId: plan.id, label: `${plan.name} › ${node.code} ${node.title}` });
  });
  return index;
}

/** « Actions et éléments de plan suivis »: links to the fiches and plans this indicator measures. */
export function IndicatorLinksSection({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const nodes = useNodeIndex(indicator.nodeIds.length > 0);
  const actions = useActionRefs(indicator.actionIds);

  return (
    <FicheSection title={t('indicators.page.links')}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Stack gap="xs">
          <Title order={3} size="h5">{t('indicators.links.actions')}</Title>
          {indicator.actionIds.length === 0 && <Text size="sm" c="dimmed">{t('indicators.links.noAction')}</Text>}
          <List size="sm" spacing={4}>
            {indicator.actionIds.map((id, i) => {
              const action = actions[i]?.data?.data;
              return (
                <List.Item key={id}>
                  {action ? <Anchor component={Link} to={actionPath(id)}>{`${action.code} ${action.title}`}</Anchor> : t('indicators.links.unknownAction')}
                </List.Item>
              );
            })}
          </List>
        </Stack>
        <Stack gap="xs">
          <Title order={3} size="h5">{t('indicators.links.nodes')}</Title>
          {indicator.nodeIds.length === 0 && <Text size="sm" c="dimmed">{t('indicators.links.noNode')}</Text>}
          <List size="sm" spacing={4}>
            {indicator.nodeIds.map((id) => {
              const node = nodes.get(id);
              return (
                <List.Item key={id}>
                  {node ? <Anchor component={Link} to={planPath(node.planId)}>{node.label}</Anchor> : t('indicators.links.unknownNode')}
                </List.Item>
              );
            })}
          </List>
        </Stack>
      </SimpleGrid>
    </FicheSection>
  );
}
