import type { PlanImportPreview } from '@pilotis/shared';
import { Box, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The tree the file describes: nodes per level, then the nodes with their codes and fiches, indented by depth. */
export function PlanImportTree({ preview }: { preview: PlanImportPreview }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Group gap="md" aria-label={t('planImport.treeLevels')} role="list">
        {preview.levels.map((level) => (
          <Text key={level.name} role="listitem" size="sm" fw={600}>{t('planImport.treeLevel', { name: level.name, count: level.count })}</Text>
        ))}
      </Group>
      <Box mah={360} style={{ overflow: 'auto' }} tabIndex={0} aria-label={t('planImport.tree')}>
        <List listStyleType="none" spacing={2} size="sm">
          {preview.nodes.map((node) => (
            <List.Item key={node.code} pl={node.depth * 20}>
              <Text span fw={node.depth === 0 ? 700 : 400}>{node.code} {node.title}</Text>{' '}
              <Text span c="dimmed" size="sm">— {t('planImport.nodeActions', { count: node.actions })}</Text>
            </List.Item>
          ))}
        </List>
      </Box>
      {preview.nodesShown < preview.counts.nodes && <Text size="sm" c="dimmed">{t('planImport.treeMore', { count: preview.nodesShown })}</Text>}
    </Stack>
  );
}
