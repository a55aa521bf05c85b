import type { BudgetLine } from '@pilotis/shared';
import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { describeError } from '../../../lib/errors';
import { notifyError } from '../../../lib/notify';
import { useFormatters } from '../../../lib/use-formatters';
import { BudgetLineForm } from './BudgetLineForm';
import { FicheSection } from './FicheSection';
import { useActionParts, useDeletePart } from './use-action-parts';

/** « Budget »: one line per year × nature (voté, engagé, réalisé) and their sums. */
export function BudgetSection({ actionId, canUpdate }: { actionId: string; canUpdate: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const lines = useActionParts<BudgetLine>(actionId, 'budget-lines');
  const remove = useDeletePart(actionId, 'budget-lines');
  const [editing, setEditing] = useState<BudgetLine | null>(null);
  const list = [...(lines.data ?? [])].sort((a, b) => a.year - b.year || a.nature.localeCompare(b.nature));
  const sum = (key: 'plannedCents' | 'committedCents' | 'spentCents') => list.reduce((total, line) => total + line[key], 0);

  return (
    <FicheSection title={t('fiche.budget')}>
      <Stack>
        <ErrorAlert error={lines.error} />
        {list.length === 0 ? <Text size="sm" c="dimmed">{t('fiche.budgetEmpty')}</Text> : (
          <Table.ScrollContainer minWidth={640}>
            <Table withTableBorder striped verticalSpacing={4}>
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}><Text component="span" size="sm" c="dimmed">{t('fiche.budgetCaption')}</Text></Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fiche.year')}</Table.Th>
                  <Table.Th scope="col">{t('fiche.nature')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('fiche.planned')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('fiche.committed')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('fiche.spent')}</Table.Th>
                  {canUpdate && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((line) => {
                  const name = `${line.year} ${t(`fiche.natures.${line.nature}`)}`;
                  return (
                    <Table.Tr key={line.id}>
                      <Table.Th scope="row">{line.year}</Table.Th>
                      <Table.Td>{t(`fiche.natures.${line.nature}`)}</Table.Td>
                      <Table.Td ta="right">{format.euros(line.plannedCents)}</Table.Td>
                      <Table.Td ta="right">{format.euros(line.committedCents)}</Table.Td>
                      <Table.Td ta="right">{format.euros(line.spentCents)}</Table.Td>
                      {canUpdate && (
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <Button size="compact-xs" variant="subtle" aria-label={t('fiche.editBudgetLine', { name })} onClick={() => setEditing(line)}>{t('common.edit')}</Button>
                            <Button size="compact-xs" variant="subtle" aria-label={t('fiche.deleteBudgetLine', { name })}
                              onClick={() => remove.mutate(line.id, { onError: (error) => notifyError(describeError(error, t)) })}>{t('common.delete')}</Button>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row" colSpan={2}>{t('fiche.total')}</Table.Th>
                  <Table.Td ta="right" fw={700}>{format.euros(sum('plannedCents'))}</Table.Td>
                  <Table.Td ta="right" fw={700}>{format.euros(sum('committedCents'))}</Table.Td>
                  <Table.Td ta="right" fw={700}>{format.euros(sum('spentCents'))}</Table.Td>
                  {canUpdate && <Table.Td />}
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        )}
        {canUpdate && <BudgetLineForm actionId={actionId} />}
      </Stack>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={t('fiche.editBudgetTitle')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
        {editing && <BudgetLineForm actionId={actionId} line={editing} onDone={() => setEditing(null)} />}
      </Modal>
    </FicheSection>
  );
}
