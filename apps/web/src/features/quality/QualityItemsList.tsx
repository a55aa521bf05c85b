import { Anchor, Button, List, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionPath, indicatorPath } from '../../app/paths';
import { checkAnchor, type QualityCheck } from './quality-figures';

const FIRST_ITEMS = 50;

/** The items one check found, each a link to its fiche or indicator page; long lists open on demand. */
export function QualityItemsList({ check, staleDays }: { check: QualityCheck; staleDays: number }) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  // The button goes away once pressed: focus moves to the first item it revealed.
  const firstRevealed = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (showAll) firstRevealed.current?.focus();
  }, [showAll]);
  const shown = showAll ? check.items : check.items.slice(0, FIRST_ITEMS);
  const headingId = `${checkAnchor(check.key)}-titre`;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs" id={checkAnchor(check.key)} style={{ scrollMarginTop: 80 }}>
      <Title order={3} size="h4" id={headingId}>
        {t('quality.items.heading', { name: t(`quality.keys.${check.key}`, { days: staleDays }), count: check.failing })}
      </Title>
      {/* Columns keep long lists short on wide screens; reading order stays top to bottom. */}
      <List spacing={4} style={{ columns: '22rem', columnGap: '2rem' }}>
        {shown.map((item, index) => (
          <List.Item key={item.id}>
            <Anchor ref={index === FIRST_ITEMS ? firstRevealed : undefined} component={Link} to={item.kind === 'action' ? actionPath(item.id) : indicatorPath(item.id)}>
              {`${item.code} ${item.title}`}
            </Anchor>
          </List.Item>
        ))}
      </List>
      {check.items.length < check.failing && (
        <Text size="sm" c="dimmed">{t('quality.items.capped', { count: check.items.length, total: check.failing })}</Text>
      )}
      {!showAll && check.items.length > FIRST_ITEMS && (
        <Button variant="default" onClick={() => setShowAll(true)} style={{ alignSelf: 'flex-start' }}>
          {t('quality.items.showAll', { count: check.items.length - FIRST_ITEMS })}
        </Button>
      )}
    </Stack>
  );
}
