import type { MeasureImportResult } from '@pilotis/shared';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type PreviewRow = MeasureImportResult['preview'][number];

/** The rows as they will be written (values already read as numbers). */
export function ImportPreviewTable({ rows, total }: { rows: PreviewRow[]; total: number }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 6 });
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing={4}>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" size="sm" c="dimmed">
            {rows.length < total ? t('integrations.import.previewSample', { count: rows.length, total }) : t('integrations.import.previewAll')}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('integrations.import.line')}</Table.Th>
            <Table.Th scope="col">{t('integrations.import.colCode')}</Table.Th>
            <Table.Th scope="col">{t('integrations.import.colPeriod')}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>{t('integrations.import.colValue')}</Table.Th>
            <Table.Th scope="col">{t('integrations.import.colComment')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.line}>
              <Table.Th scope="row">{row.line}</Table.Th>
              <Table.Td>{row.indicator}</Table.Td>
              <Table.Td>{row.period}</Table.Td>
              <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{number.format(row.value)}</Table.Td>
              <Table.Td>{row.comment || t('common.empty')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
