import type { Project } from '@pilotis/shared';
import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planPath } from '../../../app/paths';
import { FicheSection } from '../../actions/fiche/FicheSection';

/** The strategic objectives (nodes of other plans) the project serves, each a link into its plan. */
export function ProjectObjectives({ objectives }: { objectives: Project['objectives'] }) {
  const { t } = useTranslation();
  return (
    <FicheSection title={t('portfolios.project.objectivesTitle')}>
      {objectives.length === 0 ? <Text size="sm" c="dimmed">{t('portfolios.project.noObjective')}</Text> : (
        <List size="sm" spacing={4}>
          {objectives.map((o) => (
            <List.Item key={o.nodeId}>
              <Anchor component={Link} to={`${planPath(o.planId)}?noeud=${o.nodeId}`}>{`${o.planName} › ${o.code} ${o.title}`}</Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </FicheSection>
  );
}
