import { Paper, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkedIndicatorsList } from './LinkedIndicatorsList';

/** « Indicateurs de <code> <titre> » on the plan page, for the selected node. */
export function NodeIndicatorsPanel({ nodeId, nodeName }: { nodeId: string; nodeName: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const title = t('indicators.linked.ofNode', { name: nodeName });
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md" mb="lg">
      <Title order={2} size="h4" id={headingId} mb="xs">{title}</Title>
      <LinkedIndicatorsList nodeId={nodeId} caption={title} />
    </Paper>
  );
}
