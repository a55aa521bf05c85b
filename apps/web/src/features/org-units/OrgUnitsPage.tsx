import type { OrgUnit } from '@pilotis/shared';
import { Button, Switch } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentMe } from '../auth/use-me';
import { HistoryDrawer } from '../history/HistoryDrawer';
import { OrgUnitFormModal } from './OrgUnitFormModal';
import { OrgUnitTable } from './OrgUnitTable';
import { OrganizationLogoBlock } from '../reports/OrganizationLogoBlock';
import { useOrgUnits } from './use-org-units';

/** What dialog is open; units are referred to by id so they always come from the live list. */
type Dialog = { kind: 'create' } | { kind: 'edit'; id: string } | { kind: 'history'; id: string };

export function OrgUnitsPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const units = useOrgUnits();
  const [hideInactive, setHideInactive] = useState(false);
  // The last dialog stays in state while it closes, so its content does not change mid-transition.
  const [dialog, setDialog] = useState<Dialog>({ kind: 'create' });
  const [dialogOpened, setDialogOpened] = useState(false);
  const open = (next: Dialog) => {
    setDialog(next);
    setDialogOpened(true);
  };
  const close = () => setDialogOpened(false);

  const list = units.data ?? [];
  const selected: OrgUnit | undefined = dialog.kind === 'create' ? undefined : list.find((unit) => unit.id === dialog.id);

  return (
    <>
      <PageHeader
        title={t('orgUnits.title')}
        description={t('orgUnits.intro')}
        actions={
          me.can.manageUnits && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => open({ kind: 'create' })}>
              {t('orgUnits.new')}
            </Button>
          )
        }
      />
      <Switch
        label={t('orgUnits.hideInactive')}
        checked={hideInactive}
        onChange={(event) => setHideInactive(event.currentTarget.checked)}
        mb="md"
      />
      {units.isPending && <LoadingState />}
      <ErrorAlert error={units.error} />
      {units.data && (
        <OrgUnitTable
          units={list}
          hideInactive={hideInactive}
          canManage={me.can.manageUnits === true}
          onEdit={(id) => open({ kind: 'edit', id })}
          onHistory={(id) => open({ kind: 'history', id })}
        />
      )}
      <OrganizationLogoBlock />
      <OrgUnitFormModal
        opened={dialogOpened && dialog.kind !== 'history'}
        onClose={close}
        units={list}
        unit={selected}
      />
      <HistoryDrawer
        opened={dialogOpened && dialog.kind === 'history'}
        onClose={close}
        entityType="orgUnit"
        entityId={selected?.id}
        title={t('orgUnits.historyTitle', { name: selected?.name ?? '' })}
      />
    </>
  );
}
