import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileText, IconJson } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const FORMATS = [
  { key: 'xlsx', file: 'export.xlsx', icon: IconFileSpreadsheet },
  { key: 'xlsxJournal', file: 'export.xlsx?journal=true', icon: IconFileSpreadsheet },
  { key: 'csv', file: 'export.csv', icon: IconFileText },
  { key: 'json', file: 'export.json', icon: IconJson },
] as const;

/**
 * « Exporter » on the plan page: plain download links (the browser saves the file the server
 * names), so nothing is held in the page. Each export holds what the reader may see of the plan.
 */
export function PlanExportMenu({ planId }: { planId: string }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />}>
          {t('planExport.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {FORMATS.map(({ key, file, icon: Icon }) => (
          <Menu.Item key={key} component="a" href={`/api/plans/${planId}/${file}`} download leftSection={<Icon size={16} aria-hidden />}>
            {t(`planExport.formats.${key}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
