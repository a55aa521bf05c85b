import type { PlanImportPreview } from '@pilotis/shared';
import { Select, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStatuses } from '../actions/use-statuses';
import { useUsers } from '../users/use-users';

export interface Mapping {
  people: Record<string, string | null>;
  statuses: Record<string, string>;
}

interface Props {
  preview: PlanImportPreview;
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
}

/**
 * The correspondence tables: each person of the file found nobody gets a searchable choice of
 * account (empty = import without them); each unknown status a choice among the collectivité's.
 * Texts already mapped stay listed, so a choice can be changed.
 */
export function PlanImportMapping({ preview, mapping, onChange }: Props) {
  const { t } = useTranslation();
  const peopleId = useId();
  const statusesId = useId();
  const users = useUsers();
  const statuses = useStatuses();
  const people = [...preview.people.unmatched.map((p) => ({ text: p.text, lines: p.lines })), ...preview.people.matched.filter((p) => p.mapped).map((p) => ({ text: p.text, lines: [] as number[] }))];
  const unknownStatuses = [...preview.statuses.unmatched, ...preview.statuses.matched.filter((s) => s.mapped).map((s) => ({ text: s.text, lines: [] as number[] }))];
  const userOptions = (users.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: `${u.name} — ${u.email}` }));
  const statusOptions = (statuses.data ?? []).filter((s) => s.active).map((s) => ({ value: s.id, label: s.label }));

  return (
    <Stack>
      <section aria-labelledby={peopleId}>
        <Title order={3} size="h4" id={peopleId} mb={4}>{t('planImport.people')}</Title>
        <Text size="sm" mb="xs">{t('planImport.peopleMatched', { count: preview.people.matched.length })}</Text>
        {people.length === 0 ? <Text size="sm" c="dimmed">{t('planImport.noUnmatched')}</Text> : (
          <>
            <Text size="sm" mb="xs">{t('planImport.peopleUnmatchedHelp')}</Text>
            <Table.ScrollContainer minWidth={520}>
              <Table verticalSpacing={4}>
                <Table.Thead><Table.Tr><Table.Th scope="col">{t('planImport.personText')}</Table.Th><Table.Th scope="col">{t('planImport.personLines')}</Table.Th><Table.Th scope="col">{t('planImport.personChoice')}</Table.Th></Table.Tr></Table.Thead>
                <Table.Tbody>
                  {people.map(({ text, lines }) => (
                    <Table.Tr key={text}>
                      <Table.Th scope="row">{text}</Table.Th>
                      <Table.Td>{lines.join(', ')}</Table.Td>
                      <Table.Td>
                        <Select
                          aria-label={t('planImport.personChoiceLabel', { text })}
                          placeholder={t('planImport.personNone')}
                          data={userOptions}
                          searchable
                          clearable
                          value={mapping.people[text] ?? null}
                          onChange={(value) => onChange({ ...mapping, people: { ...mapping.people, [text]: value } })}
                          comboboxProps={{ withinPortal: true }}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </section>
      <section aria-labelledby={statusesId}>
        <Title order={3} size="h4" id={statusesId} mb={4}>{t('planImport.statuses')}</Title>
        {unknownStatuses.length === 0 ? <Text size="sm" c="dimmed">{t('planImport.noUnmatched')}</Text> : (
          <>
            <Text size="sm" mb="xs">{t('planImport.statusesUnmatchedHelp')}</Text>
            <Table.ScrollContainer minWidth={520}>
              <Table verticalSpacing={4}>
                <Table.Thead><Table.Tr><Table.Th scope="col">{t('planImport.statusText')}</Table.Th><Table.Th scope="col">{t('planImport.personLines')}</Table.Th><Table.Th scope="col">{t('planImport.statusChoice')}</Table.Th></Table.Tr></Table.Thead>
                <Table.Tbody>
                  {unknownStatuses.map(({ text, lines }) => (
                    <Table.Tr key={text}>
                      <Table.Th scope="row">{text}</Table.Th>
                      <Table.Td>{lines.join(', ')}</Table.Td>
                      <Table.Td>
                        <Select
                          aria-label={t('planImport.statusChoiceLabel', { text })}
                          data={statusOptions}
                          value={mapping.statuses[text] ?? null}
                          onChange={(value) => {
                            const next = { ...mapping.statuses };
                            if (value) next[text] = value;
                            else delete next[text];
                            onChange({ ...mapping, statuses: next });
                          }}
                          comboboxProps={{ withinPortal: true }}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </section>
    </Stack>
  );
}
