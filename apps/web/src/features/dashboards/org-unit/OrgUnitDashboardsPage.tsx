import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { orgUnitDashboardPath } from '../../../app/paths';
import { PageHeader } from '../../../components/PageHeader';
import { useCurrentMe } from '../../auth/use-me';
import { OrgUnitPicker } from './OrgUnitPicker';

/** /directions: straight to the person's own unit when they have one, else a picker. */
export function OrgUnitDashboardsPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const own = me.orgUnitIds[0];
  if (own) return <Navigate to={orgUnitDashboardPath(own)} replace />;
  return (
    <>
      <PageHeader title={t('dashboards.orgUnit.pickTitle')} />
      <Text mb="md">{t('dashboards.orgUnit.pickIntro')}</Text>
      <OrgUnitPicker value={null} />
    </>
  );
}
