import { Anchor, Button, Group, Popover, Stack } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileText, IconJson } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const FORMATS = [
  { key: 'xlsx', file: 'export.xlsx', icon: IconFileSpreadsheet },
  { key: 'xlsxJournal', file: 'export.xlsx?journal=true', icon: IconFileSpreadsheet },
  { key: 'csv', file: 'export.csv', icon: IconFileText },
  { key: 'json', file: 'export.json', icon: IconJson },
] as const;

/**
 * « Exporter » on the plan page: a button that opens a short list of plain download links (the
 * browser saves the file the server names), so nothing is held in the page. Each export holds what
 * the reader may see of the plan. A disclosure with links rather than an ARIA menu: these are links.
 */
export function PlanExportMenu({ planId }: { planId: string }) {
  const { t } = useTranslation();
  return (
    <Popover position="bottom-end" withinPortal shadow="md" trapFocus={false} returnFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />}>
          {t('planExport.menu')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-label={t('planExport.menu')}>
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {FORMATS.map(({ key, file, icon: Icon }) => (
            <li key={key}>
              <Anchor href={`/api/plans/${planId}/${file}`} download>
                <Group component="span" gap={6} wrap="nowrap">
                  <Icon size={16} aria-hidden />
                  {t(`planExport.formats.${key}`)}
                </Group>
              </Anchor>
            </li>
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
