import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProgressWithLabel } from '../../components/ProgressWithLabel';
import { checkAnchor, passingPercent, type QualityCheck } from './quality-figures';

/**
 * One row per check: how many items fail (a link down to them) out of how many were checked.
 * Three columns that wrap on a small screen: no scroll container, which could hold nothing focusable.
 */
export function QualityChecksTable({ checks, staleDays }: { checks: QualityCheck[]; staleDays: number }) {
  const { t } = useTranslation();
  return (
    <Table striped verticalSpacing="xs">
      <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
        <Text component="span" c="dimmed" size="sm">{t('quality.checks.caption')}</Text>
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('quality.checks.check')}</Table.Th>
          <Table.Th scope="col">{t('quality.checks.failing')}</Table.Th>
          <Table.Th scope="col">{t('quality.checks.passing')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {checks.map((check) => {
          const name = t(`quality.keys.${check.key}`, { days: staleDays });
          return (
            <Table.Tr key={check.key}>
              <Table.Th scope="row" fw={600}>{name}</Table.Th>
              <Table.Td>
                {check.failing > 0 ? (
                  <Anchor href={`#${checkAnchor(check.key)}`} fw={600}>
                    {t('quality.checks.failingOf', { count: check.failing, checked: check.checked })}
                  </Anchor>
                ) : (
                  <Text size="sm">{t('quality.checks.noneFailing', { checked: check.checked })}</Text>
                )}
              </Table.Td>
              <Table.Td>
                <ProgressWithLabel value={passingPercent(check)} label={t('quality.checks.passingOf', { name })} w={160} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
