import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileText, IconJson } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const FORMATS = [
  { format: 'xlsx', icon: IconFileSpreadsheet },
  { format: 'csv', icon: IconFileText },
  { format: 'json', icon: IconJson },
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
        {FORMATS.map(({ format, icon: Icon }) => (
          <Menu.Item key={format} component="a" href={`/api/plans/${planId}/export.${format}`} download leftSection={<Icon size={16} aria-hidden />}>
            {t(`planExport.formats.${format}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
