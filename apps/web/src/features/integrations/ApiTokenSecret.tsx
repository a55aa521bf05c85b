import { Alert, Button, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedApiToken } from './use-api-tokens';

/** What a business application sends: the example the admin hands over with the token. */
export function curlExample(origin: string, token: string) {
  const body = JSON.stringify([{ indicator: 'DECH-01', period: '2026-Q3', value: 1234.5, comment: 'Export mensuel' }]);
  return [
    `curl -X POST '${origin}/api/v1/measures' \\`,
    `  -H 'Authorization: Bearer ${token}' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '${body}'`,
  ].join('\n');
}

/** The secret, shown once: focus lands on the heading so screen readers hear the warning first. */
export function ApiTokenSecret({ token, onDone }: { token: CreatedApiToken; onDone: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const example = curlExample(window.location.origin, token.token);

  return (
    <Stack>
      <Title order={2} size="h4" ref={heading} tabIndex={-1}>{t('integrations.tokens.createdTitle', { name: token.name })}</Title>
      <Alert color="orange.9" variant="outline" c="dark" icon={<IconAlertTriangle aria-hidden />} title={t('integrations.tokens.onceTitle')}>
        {t('integrations.tokens.onceWarning')}
      </Alert>
      <Stack gap={4}>
        <Text fw={600} id="api-token-secret-label">{t('integrations.tokens.secret')}</Text>
        <Code block aria-labelledby="api-token-secret-label" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>{token.token}</Code>
        <Group>
          <CopyValueButton value={token.token} label={t('integrations.tokens.copySecret')} />
        </Group>
      </Stack>
      <Stack gap={4}>
        <Text fw={600} id="api-token-curl-label">{t('integrations.tokens.example')}</Text>
        <Text size="sm" c="dimmed">{t('integrations.tokens.exampleHelp')}</Text>
        <Code block aria-labelledby="api-token-curl-label" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{example}</Code>
        <Group>
          <CopyValueButton value={example} label={t('integrations.tokens.copyExample')} />
        </Group>
      </Stack>
      <Group justify="flex-end">
        <Button onClick={onDone}>{t('integrations.tokens.done')}</Button>
      </Group>
    </Stack>
  );
}

/** The button says what it copied (and « Copié » afterwards, announced politely). */
function CopyValueButton({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value} timeout={3000}>
      {({ copied, copy }) => (
        <Button variant="light" onClick={copy} leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}>
          <span aria-live="polite">{copied ? t('integrations.tokens.copied') : label}</span>
        </Button>
      )}
    </CopyButton>
  );
}
