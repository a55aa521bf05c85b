import type { DiffActionRef } from '@pilotis/shared';
import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { actionPath } from '../../app/paths';

export const actionName = (a: DiffActionRef) => `${a.code} ${a.title}`;

/** « 1.2.3 Titre » linking to the fiche. */
export function ActionRefLink({ action }: { action: DiffActionRef }) {
  return <Anchor component={Link} to={actionPath(action.id)}>{actionName(action)}</Anchor>;
}
