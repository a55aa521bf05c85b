import { Button, Fieldset, Group, List, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orderedNodes } from '../plans/plan-tree';
import { useOtherPlansNodes } from '../plans/use-node-labels';
import { usePlanTree } from '../plans/use-plan-tree';

interface LinkedNodesPickerProps {
  value: string[];
  onChange: (ids: string[]) => void;
}

/** « Éléments de plan suivis »: pick a plan, then one of its nodes; each link removable. */
export function LinkedNodesPicker({ value, onChange }: LinkedNodesPickerProps) {
  const { t } = useTranslation();
  const { plans, labels } = useOtherPlansNodes('');
  const [planId, setPlanId] = useState('');
  const [nodeId, setNodeId] = useState('');
  const nodes = orderedNodes(usePlanTree(planId || undefined).data?.nodes ?? []).filter((n) => !value.includes(n.id));
  const labelOf = (id: string) => labels.get(id) ?? t('indicators.links.unknownNode');

  return (
    <Fieldset legend={t('indicators.links.nodes')}>
      <Stack gap="xs">
        <LinkList ids={value} labelOf={labelOf} empty={t('indicators.links.noNode')} onRemove={(id) => onChange(value.filter((v) => v !== id))} />
        <Group align="flex-end" gap="xs" wrap="wrap">
          <NativeSelect
            label={t('indicators.links.plan')}
            value={planId}
            onChange={(event) => { setPlanId(event.currentTarget.value); setNodeId(''); }}
            data={[{ value: '', label: t('indicators.links.choosePlan') }, ...plans.map((p) => ({ value: p.id, label: p.name }))]}
          />
          <NativeSelect
            label={t('indicators.links.node')}
            value={nodeId}
            disabled={!planId}
            onChange={(event) => setNodeId(event.currentTarget.value)}
            data={[{ value: '', label: t('indicators.links.chooseNode') }, ...nodes.map((n) => ({ value: n.id, label: `${'\u00a0\u00a0'.repeat(n.depth)}${n.code} ${n.title}` }))]}
            style={{ flex: 1, minWidth: 220 }}
          />
          <Button variant="light" disabled={!nodeId} onClick={() => { onChange([...value, nodeId]); setNodeId(''); }}>
            {t('indicators.links.addNode')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

interface LinkListProps {
  ids: string[];
  labelOf: (id: string) => string;
  empty: string;
  onRemove: (id: string) => void;
}

export function LinkList({ ids, labelOf, empty, onRemove }: LinkListProps) {
  const { t } = useTranslation();
  if (ids.length === 0) return <Text size="sm" c="dimmed">{empty}</Text>;
  return (
    <List size="sm" spacing={4}>
      {ids.map((id) => (
        <List.Item key={id}>
          <Group gap="xs" component="span">
            <span>{labelOf(id)}</span>
            <Button size="compact-xs" variant="subtle" aria-label={t('indicators.links.remove', { name: labelOf(id) })} onClick={() => onRemove(id)}>
              {t('indicators.links.removeShort')}
            </Button>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
