import { useQueries } from '@tanstack/react-query';
import { apiGet } from '../../lib/api';
import type { PlanTree } from './plan-types';
import { planTreeKey } from './use-plan-tree';
import { usePlans } from './use-plans';

/**
 * « plan › code titre » for nodes of the plans the person can read except `excludePlanId`
 * (the trees are shared with the plan pages' cache). Also answers those plans, for pickers.
 */
export function useOtherPlansNodes(excludePlanId: string) {
  const plans = (usePlans().data ?? []).filter((plan) => plan.id !== excludePlanId);
  const trees = useQueries({
    queries: plans.map((plan) => ({
      queryKey: planTreeKey(plan.id),
      queryFn: async () => (await apiGet<{ data: PlanTree }>(`/api/plans/${plan.id}/tree`)).data,
    })),
  });
  const labels = new Map<string, string>();
  plans.forEach((plan, index) => {
    for (const node of trees[index]?.data?.nodes ?? []) labels.set(node.id, `${plan.name} › ${node.code} ${node.title}`);
  });
  return { plans, labels };
}
