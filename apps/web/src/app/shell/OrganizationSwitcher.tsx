import type { Me } from '@pilotis/shared';
import { NativeSelect, Text, VisuallyHidden } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { storeMe, useCurrentMe } from '../../features/auth/use-me';
import { apiPost } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { paths } from '../paths';
import { notifyError, notifyInfo } from '../../lib/notify';

/** The collectivité's name; a selector when the person belongs to several. */
export function OrganizationSwitcher() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const switchOrganization = useMutation({
    mutationFn: (organizationId: string) => apiPost<{ data: Me }>('/api/me/organization', { organizationId }),
    onSuccess: async ({ data }) => {
      storeMe(queryClient, data);
      // Every cached list belongs to the previous collectivité.
      await queryClient.invalidateQueries();
      navigate(paths.home);
      notifyInfo(t('header.switched', { name: data.organization?.name ?? '' }));
    },
    onError: (error) => notifyError(describeError(error, t)),
  });

  if (me.organizations.length <= 1) {
    return (
      <Text size="sm" fw={500} visibleFrom="xs">
        {me.organization?.name}
      </Text>
    );
  }

  return (
    <NativeSelect
      label={<VisuallyHidden>{t('header.organization')}</VisuallyHidden>}
      size="sm"
      value={me.organization?.id ?? ''}
      disabled={switchOrganization.isPending}
      onChange={(event) => switchOrganization.mutate(event.currentTarget.value)}
      data={me.organizations.map((org) => ({ value: org.id, label: org.name }))}
      maw={280}
    />
  );
}
