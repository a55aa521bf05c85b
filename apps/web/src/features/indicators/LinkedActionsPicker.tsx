import { Button, Fieldset, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActionRefs } from '../actions/use-action';
import { useActionSearch } from '../actions/use-actions';
import { usePlans } from '../plans/use-plans';
import { LinkList } from './LinkedNodesPicker';

interface LinkedActionsPickerProps {
  value: string[];
  onChange: (ids: string[]) => void;
}

/** « Actions suivies »: pick a plan, search its actions, add one; each link removable. */
export function LinkedActionsPicker({ value, onChange }: LinkedActionsPickerProps) {
  const { t } = useTranslation();
  const plans = usePlans().data ?? [];
  const [planId, setPlanId] = useState('');
  const refs = useActionRefs(value);
  const labelOf = (id: string) => {
    const found = refs[value.indexOf(id)]?.data?.data;
    return found ? `${found.code} ${found.title}` : t('indicators.links.unknownAction');
  };

  return (
    <Fieldset legend={t('indicators.links.actions')}>
      <Stack gap="xs">
        <LinkList ids={value} labelOf={labelOf} empty={t('indicators.links.noAction')} onRemove={(id) => onChange(value.filter((v) => v !== id))} />
        <Group align="flex-end" gap="xs" wrap="wrap">
          <NativeSelect
            label={t('indicators.links.plan')}
            value={planId}
            onChange={(event) => setPlanId(event.currentTarget.value)}
            data={[{ value: '', label: t('indicators.links.choosePlan') }, ...plans.map((p) => ({ value: p.id, label: p.name }))]}
          />
          {planId && <PlanActionSelect key={planId} planId={planId} exclude={value} onAdd={(id) => onChange([...value, id])} />}
        </Group>
      </Stack>
    </Fieldset>
  );
}

/** Only mounted once a plan is chosen: the search asks that plan's actions. */
function PlanActionSelect({ planId, exclude, onAdd }: { planId: string; exclude: string[]; onAdd: (id: string) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 300);
  const [actionId, setActionId] = useState('');
  const results = (useActionSearch(planId, debounced).data ?? []).filter((a) => !exclude.includes(a.id));
  return (
    <>
      <TextInput
        label={t('indicators.links.searchAction')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
      />
      <NativeSelect
        label={t('indicators.links.action')}
        value={actionId}
        onChange={(event) => setActionId(event.currentTarget.value)}
        data={[{ value: '', label: t('indicators.links.chooseAction') }, ...results.map((a) => ({ value: a.id, label: `${a.code} ${a.title}` }))]}
        style={{ flex: 1, minWidth: 220 }}
      />
      <Button variant="light" disabled={!actionId} onClick={() => { onAdd(actionId); setActionId(''); }}>
        {t('indicators.links.addAction')}
      </Button>
    </>
  );
}
