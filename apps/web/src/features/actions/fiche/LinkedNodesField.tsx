import { Button, Fieldset, Group, List, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orderedNodes } from '../../plans/plan-tree';
import { useOtherPlansNodes } from '../../plans/use-node-labels';
import { usePlanTree } from '../../plans/use-plan-tree';

interface LinkedNodesFieldProps {
  planId: string;
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

/** « Contribue aussi à »: nodes of OTHER plans; pick a plan, then one of its nodes. */
export function LinkedNodesField({ planId, value, onChange, error }: LinkedNodesFieldProps) {
  const { t } = useTranslation();
  const { plans, labels } = useOtherPlansNodes(planId);
  const [otherPlanId, setOtherPlanId] = useState('');
  const [nodeId, setNodeId] = useState('');
  const nodes = orderedNodes(usePlanTree(otherPlanId || undefined).data?.nodes ?? []).filter((n) => !value.includes(n.id));
  const labelOf = (id: string) => labels.get(id) ?? t('linked.unknownNode');
  const add = () => {
    if (!nodeId) return;
    onChange([...value, nodeId]);
    setNodeId('');
  };

  return (
    <Fieldset legend={t('linked.title')}>
      <Stack gap="xs">
        {value.length === 0 ? (
          <Text size="sm" c="dimmed">{t('linked.none')}</Text>
        ) : (
          <List size="sm" spacing={4}>
            {value.map((id) => (
              <List.Item key={id}>
                <Group gap="xs" component="span">
                  <span>{labelOf(id)}</span>
                  <Button size="compact-xs" variant="subtle" aria-label={t('linked.remove', { name: labelOf(id) })} onClick={() => onChange(value.filter((v) => v !== id))}>
                    {t('linked.removeShort')}
                  </Button>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        <Group align="flex-end" gap="xs" wrap="wrap">
          <NativeSelect
            label={t('linked.plan')}
            value={otherPlanId}
            onChange={(event) => { setOtherPlanId(event.currentTarget.value); setNodeId(''); }}
            data={[{ value: '', label: t('linked.choosePlan') }, ...plans.map((p) => ({ value: p.id, label: p.name }))]}
          />
          <NativeSelect
            label={t('linked.node')}
            value={nodeId}
            disabled={!otherPlanId}
            onChange={(event) => setNodeId(event.currentTarget.value)}
            data={[{ value: '', label: t('linked.chooseNode') }, ...nodes.map((n) => ({ value: n.id, label: `${'\u00a0\u00a0'.repeat(n.depth)}${n.code} ${n.title}` }))]}
            style={{ flex: 1, minWidth: 220 }}
          />
          <Button variant="light" onClick={add} disabled={!nodeId}>{t('linked.add')}</Button>
        </Group>
        {error && <Text size="sm" c="red.9" role="alert">{error}</Text>}
      </Stack>
    </Fieldset>
  );
}
