import type { Report } from '@pilotis/shared';
import { Anchor, Button, Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { IconDownload, IconFileText, IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useFormatters } from '../../lib/use-formatters';
import { GenerateReportDialog } from './GenerateReportDialog';
import { REPORTS_PAGE_SIZE, reportFileUrl, useReports } from './use-reports';

/** `1,2 Mo`, `340 ko`: sizes as French readers write them. */
function useFileSize() {
  const { i18n } = useTranslation();
  const fr = i18n.language !== 'en';
  const number = new Intl.NumberFormat(fr ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 });
  return (bytes: number) =>
    bytes >= 1024 * 1024 ? `${number.format(bytes / 1024 / 1024)} ${fr ? 'Mo' : 'MB'}` : `${number.format(Math.max(1, Math.round(bytes / 1024)))} ${fr ? 'ko' : 'KB'}`;
}

/** « Rapports »: every generated report the actor may read, newest first, and a dialog to generate one. */
export function ReportsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [dialogOpened, setDialogOpened] = useState(false);
  const reports = useReports(page);
  const list = reports.data;
  const pages = list ? Math.max(1, Math.ceil(list.total / REPORTS_PAGE_SIZE)) : 1;
  return (
    <>
      <PageHeader
        title={t('reports.title')}
        description={t('reports.intro')}
        actions={
          <Group>
            <Button component={Link} to={paths.reportSubscriptions} variant="default" leftSection={<IconMailForward size={18} aria-hidden />}>{t('reports.subscriptionsLink')}</Button>
            <Button leftSection={<IconFileText size={18} aria-hidden />} onClick={() => setDialogOpened(true)}>{t('reports.generate')}</Button>
          </Group>
        }
      />
      <Stack>
        {reports.isPending && <LoadingState />}
        <ErrorAlert error={reports.error} />
        {list && list.data.length === 0 && <Text c="dimmed">{t('reports.empty')}</Text>}
        {list && list.data.length > 0 && <ReportsTable reports={list.data} total={list.total} />}
        {pages > 1 && (
          <Group justify="center">
            <Pagination total={pages} value={page} onChange={setPage} getControlProps={(control) => ({ 'aria-label': t(`reports.page.${control}`) })}
              getItemProps={(p) => ({ 'aria-label': t('reports.page.number', { page: p }) })} />
          </Group>
        )}
      </Stack>
      <GenerateReportDialog opened={dialogOpened} onClose={() => setDialogOpened(false)} />
    </>
  );
}

function ReportsTable({ reports, total }: { reports: Report[]; total: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const size = useFileSize();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" c="dimmed" size="sm">{t('reports.caption', { count: total })}</Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {(['title', 'kind', 'format', 'date', 'author', 'size', 'file'] as const).map((column) => (
              <Table.Th key={column} scope="col">{t(`reports.columns.${column}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((report) => (
            <Table.Tr key={report.id}>
              <Table.Th scope="row" fw={500}>{report.title}</Table.Th>
              <Table.Td>{t(`reports.kinds.${report.kind}`)}</Table.Td>
              <Table.Td>{t(`reports.formats.${report.format}`)}</Table.Td>
              <Table.Td><Text size="sm">{format.dateTime(report.createdAt)}</Text></Table.Td>
              <Table.Td>{report.createdBy?.name ?? '—'}</Table.Td>
              <Table.Td><Text size="sm" style={{ whiteSpace: 'nowrap' }}>{size(report.byteSize)}</Text></Table.Td>
              <Table.Td>
                <Anchor href={reportFileUrl(report.id)} download aria-label={t('reports.downloadLabel', { title: report.title, format: report.format.toUpperCase() })}>
                  <Group gap={4} component="span" wrap="nowrap"><IconDownload size={16} aria-hidden />{t('reports.download')}</Group>
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
