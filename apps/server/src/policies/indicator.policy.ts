import type { Visibility } from '@pilotis/shared';
import type { MemberActor } from '../http/actor.js';
import { isAdmin, sameOrganization, type Rule, type Scoped } from './types.js';

/**
 * An indicator as rules see it. `ownerUnitPath` is its owner org unit and every unit above it:
 * members of a direction act on the indicators of its services.
 */
export type IndicatorResource = Scoped & {
  visibility: Visibility;
  ownerUnitPath: string[];
  pilotIds: string[];
};

const isPilot = (actor: MemberActor, indicator: IndicatorResource) => indicator.pilotIds.includes(actor.userId);
const inOwnerUnits = (actor: MemberActor, indicator: IndicatorResource) => indicator.ownerUnitPath.some((unit) => actor.unitIds.includes(unit));
const isInside = (actor: MemberActor, indicator: IndicatorResource) => isAdmin(actor) || isPilot(actor, indicator) || inOwnerUnits(actor, indicator);

/**
 * Seed 000: the owning directorate decides what it publishes. A `unit` indicator is seen by its
 * unit (and the units above), its pilots and admins; draft measures likewise. Pilots and the
 * owning units enter measures; only the owning units (or an admin) validate them.
 */
export const indicatorRules = {
  'indicator.create': (actor, indicator) => sameOrganization(actor, indicator) && (isAdmin(actor) || inOwnerUnits(actor, indicator)),
  'indicator.read': (actor, indicator) => sameOrganization(actor, indicator) && (indicator.visibility !== 'unit' || isInside(actor, indicator)),
  'indicator.readDrafts': (actor, indicator) => sameOrganization(actor, indicator) && isInside(actor, indicator),
  'indicator.update': (actor, indicator) => sameOrganization(actor, indicator) && isInside(actor, indicator),
  'indicator.delete': (actor, indicator) => sameOrganization(actor, indicator) && (isAdmin(actor) || inOwnerUnits(actor, indicator)),
  'indicator.enterMeasures': (actor, indicator) => sameOrganization(actor, indicator) && isInside(actor, indicator),
  'indicator.validateMeasures': (actor, indicator) => sameOrganization(actor, indicator) && (isAdmin(actor) || inOwnerUnits(actor, indicator)),
} satisfies Record<string, Rule<IndicatorResource>>;
