import type { ApiToken, OrgUnit } from '@pilotis/shared';
import { Badge, Button, Code, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { statusColors } from '../../app/theme';
import { useFormatters } from '../../lib/use-formatters';

const stateTones = { active: statusColors.positive, expired: statusColors.warning, revoked: statusColors.neutral } as const;

interface ApiTokensTableProps {
  tokens: ApiToken[];
  units: OrgUnit[];
  onRevoke: (token: ApiToken) => void;
}

/** Tokens with what an admin needs to recognise them; the row header (name) describes the row's button. */
export function ApiTokensTable({ tokens, units, onRevoke }: ApiTokensTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const baseId = useId();
  const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
  const scopeOf = (token: ApiToken) =>
    token.orgUnitIds.length === 0
      ? t('integrations.tokens.wholeOrganization')
      : token.orgUnitIds.map((id) => unitName.get(id) ?? t('integrations.tokens.unknownUnit')).join(', ');

  if (tokens.length === 0) return <Text c="dimmed">{t('integrations.tokens.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text component="span" c="dimmed" size="sm">{t('integrations.tokens.caption')}</Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('integrations.tokens.name')}</Table.Th>
            <Table.Th scope="col">{t('integrations.tokens.prefix')}</Table.Th>
            <Table.Th scope="col">{t('integrations.tokens.scope')}</Table.Th>
            <Table.Th scope="col">{t('integrations.tokens.expiresOn')}</Table.Th>
            <Table.Th scope="col">{t('integrations.tokens.state')}</Table.Th>
            <Table.Th scope="col">{t('integrations.tokens.lastUsedAt')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => {
            const headerId = `${baseId}-${token.id}`;
            return (
              <Table.Tr key={token.id}>
                <Table.Th scope="row" id={headerId}>{token.name}</Table.Th>
                <Table.Td><Code>{token.prefix}…</Code></Table.Td>
                <Table.Td>{scopeOf(token)}</Table.Td>
                <Table.Td>{token.expiresOn ? format.date(token.expiresOn) : t('integrations.tokens.noExpiry')}</Table.Td>
                <Table.Td>
                  <Badge color={stateTones[token.state]} variant="filled" radius="sm" tt="none" fw={600} maw="none" styles={{ root: { flexShrink: 0 }, label: { overflow: 'visible' } }}>
                    {t(`integrations.tokens.states.${token.state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('integrations.tokens.neverUsed')}</Table.Td>
                <Table.Td>
                  {token.state !== 'revoked' && (
                    <Button size="compact-sm" variant="subtle" color="red.9" c="red.9" aria-describedby={headerId} onClick={() => onRevoke(token)}>
                      {t('integrations.tokens.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
