import type { PlanImportPreview } from '@pilotis/shared';
import { Select, Stack, Table, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
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
  const users = useUsers();
  const statuses = useStatuses();
  const people = [...preview.people.unmatched.map((p) => ({ text: p.text, lines: p.lines })), ...preview.people.matched.filter((p) => p.mapped).map((p) => ({ text: p.text, lines: [] as number[] }))];
  const unknownStatuses = [...preview.statuses.unmatched, ...preview.statuses.matched.filter((s) => s.mapped).map((s) => ({ text: s.text, lines: [] as number[] }))];
  const userOptions = (users.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: `${u.name} — ${u.email}` }));
  const statusOptions = (statuses.data ?? []).filter((s) => s.active).map((s) => ({ value: s.id, label: s.label }));

  return (
    <Stack>
      <MappingSection
        title={t('planImport.people')}
        intro={<Text size="sm" mb="xs">{t('planImport.peopleMatched', { count: preview.people.matched.length })}</Text>}
        help={t('planImport.peopleUnmatchedHelp')}
        textHeader={t('planImport.personText')}
        choiceHeader={t('planImport.personChoice')}
        rows={people}
        choice={(text) => (
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
        )}
      />
      <MappingSection
        title={t('planImport.statuses')}
        help={t('planImport.statusesUnmatchedHelp')}
        textHeader={t('planImport.statusText')}
        choiceHeader={t('planImport.statusChoice')}
        rows={unknownStatuses}
        choice={(text) => (
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
        )}
      />
    </Stack>
  );
}

interface MappingSectionProps {
  title: string;
  intro?: ReactNode;
  help: string;
  textHeader: string;
  choiceHeader: string;
  rows: { text: string; lines: number[] }[];
  choice: (text: string) => ReactNode;
}

/** One correspondence table: the file's text, its lines and the choice made for it. */
function MappingSection({ title, intro, help, textHeader, choiceHeader, rows, choice }: MappingSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <Title order={3} size="h4" id={titleId} mb={4}>{title}</Title>
      {intro}
      {rows.length === 0 ? <Text size="sm" c="dimmed">{t('planImport.noUnmatched')}</Text> : (
        <>
          <Text size="sm" mb="xs">{help}</Text>
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing={4}>
              <Table.Thead><Table.Tr><Table.Th scope="col">{textHeader}</Table.Th><Table.Th scope="col">{t('planImport.personLines')}</Table.Th><Table.Th scope="col">{choiceHeader}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {rows.map(({ text, lines }) => (
                  <Table.Tr key={text}>
                    <Table.Th scope="row">{text}</Table.Th>
                    <Table.Td>{lines.join(', ')}</Table.Td>
                    <Table.Td>{choice(text)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </section>
  );
}
