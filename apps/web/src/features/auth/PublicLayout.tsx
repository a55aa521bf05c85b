import { Box, Container, Group, Paper, Text } from '@mantine/core';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageToggle } from '../../components/LanguageToggle';

/** Frame of the pages seen without a session: sign-in and invitation. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Box bg="gray.0" mih="100vh">
      <Container size={440} py={48}>
        <Group justify="space-between" mb="md" component="header">
          <Text fw={700} size="xl" c="blue.9">
            {t('app.name')}
          </Text>
          <LanguageToggle />
        </Group>
        <Paper component="main" id="contenu" withBorder shadow="sm" p="xl" radius="md">
          <Outlet />
        </Paper>
      </Container>
    </Box>
  );
}
