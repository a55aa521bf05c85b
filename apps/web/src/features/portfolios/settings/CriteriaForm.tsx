import { criteriaInputSchema, criterionKinds, type CriterionKind, type Portfolio } from '@pilotis/shared';
import { ActionIcon, Button, Group, NativeSelect, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { issuesToFormErrors } from '../../../lib/errors';
import { notifySuccess } from '../../../lib/notify';
import { useSaveCriteria } from '../use-portfolios';
import { zodIssuesToErrors } from '../../../lib/zod-form';

type Row = { id?: string; key: string; name: string; weight: number; scaleMin: number; scaleMax: number; kind: CriterionKind };

let nextKey = 0;
const newRow = (): Row => ({ key: `new-${(nextKey += 1)}`, name: '', weight: 1, scaleMin: 0, scaleMax: 5, kind: 'manual' });

/** The scoring criteria, their weights and scales; saving replaces the list (existing ones keep their scores). */
export function CriteriaForm({ portfolio }: { portfolio: Portfolio }) {
  const { t } = useTranslation();
  const save = useSaveCriteria(portfolio.id);
  const [rows, setRows] = useState<Row[]>(() => portfolio.criteria.map((c) => ({ ...c, key: c.id })));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const update = (key: string, patch: Partial<Row>) => setRows((current) => current.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const fieldError = (index: number, field: string) => errors[`criteria.${index}.${field}`];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { criteria: rows.map(({ key: _key, ...row }) => row) };
    const parsed = criteriaInputSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(zodIssuesToErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: () => notifySuccess(t('portfolios.criteria.saved')),
      onError: (error) => setErrors(issuesToFormErrors(error)),
    });
  };

  return (
    <Paper component="section" aria-labelledby="criteria-title" withBorder p="md" radius="md">
      <Title order={2} size="h4" id="criteria-title" mb="xs">{t('portfolios.criteria.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('portfolios.criteria.help')}</Text>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={save.error} />
          {rows.length === 0 ? <Text size="sm" c="dimmed">{t('portfolios.criteria.none')}</Text> : (
            <Table.ScrollContainer minWidth={860}>
              <Table verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    {['name', 'weight', 'scaleMin', 'scaleMax', 'kind'].map((c) => <Table.Th key={c} scope="col">{t(`portfolios.criteria.${c}`)}</Table.Th>)}
                    <Table.Th scope="col">{t('common.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row, index) => {
                    const label = (field: string) => t('portfolios.criteria.cell', { field: t(`portfolios.criteria.${field}`), index: index + 1 });
                    return (
                      <Table.Tr key={row.key}>
                        <Table.Td><TextInput aria-label={label('name')} miw={200} value={row.name} onChange={(e) => update(row.key, { name: e.currentTarget.value })} error={fieldError(index, 'name')} /></Table.Td>
                        <Table.Td><NumberInput aria-label={label('weight')} min={0} allowDecimal={false} w={90} value={row.weight} onChange={(v) => update(row.key, { weight: Number(v) })} error={fieldError(index, 'weight')} /></Table.Td>
                        <Table.Td><NumberInput aria-label={label('scaleMin')} allowDecimal={false} w={90} value={row.scaleMin} onChange={(v) => update(row.key, { scaleMin: Number(v) })} error={fieldError(index, 'scaleMin')} /></Table.Td>
                        <Table.Td><NumberInput aria-label={label('scaleMax')} allowDecimal={false} w={90} value={row.scaleMax} onChange={(v) => update(row.key, { scaleMax: Number(v) })} error={fieldError(index, 'scaleMax')} /></Table.Td>
                        <Table.Td>
                          <NativeSelect aria-label={label('kind')} miw={200} value={row.kind} onChange={(e) => update(row.key, { kind: e.currentTarget.value as CriterionKind })}
                            data={criterionKinds.map((k) => ({ value: k, label: t(`portfolios.criteria.kinds.${k}`) }))} />
                        </Table.Td>
                        <Table.Td>
                          <ActionIcon variant="subtle" color="red.9" aria-label={t('portfolios.criteria.remove', { name: row.name || index + 1 })} onClick={() => setRows(rows.filter((r) => r.key !== row.key))}>
                            <IconTrash size={18} aria-hidden />
                          </ActionIcon>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Group justify="space-between">
            <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setRows([...rows, newRow()])}>{t('portfolios.criteria.add')}</Button>
            <Button type="submit" loading={save.isPending}>{t('portfolios.criteria.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
