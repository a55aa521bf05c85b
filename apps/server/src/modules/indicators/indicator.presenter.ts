import type { Indicator, IndicatorSummary, MeasurePoint } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import type { MemberActor } from '../../http/actor.js';
import type { IndicatorResource } from '../../policies/indicator.policy.js';
import { abilities, can } from '../../policies/index.js';
import { findIndicatorLinks, findIndicatorPilots, findInputCodes } from './indicator.repository.js';
import type { IndicatorRow } from './indicator.table.js';

/** What the actor may do; a calculated indicator takes no manual entry, whoever asks. */
export function indicatorAbilities(actor: MemberActor, row: Pick<IndicatorRow, 'formula'>, resource: IndicatorResource) {
  const allowed = abilities(actor, ['indicator.update', 'indicator.delete', 'indicator.enterMeasures', 'indicator.validateMeasures'], resource);
  const entered = row.formula === null;
  return { ...allowed, enterMeasures: allowed.enterMeasures === true && entered, validateMeasures: allowed.validateMeasures === true && entered };
}

/** The library's "Nouvel indicateur" button: admins, and members of a unit (for their units). */
export const canCreateIndicators = (actor: MemberActor) =>
  can(actor, 'indicator.create', { organizationId: actor.organizationId, visibility: 'organization', ownerUnitPath: actor.unitIds, pilotIds: [] });

export function presentIndicatorSummary(row: IndicatorRow, extra: { latest: MeasurePoint | null; due: boolean; duePeriod: string }): IndicatorSummary {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    unit: row.unit,
    decimals: row.decimals,
    direction: row.direction,
    periodicity: row.periodicity,
    kind: row.kind,
    ownerOrgUnitId: row.ownerOrgUnitId,
    visibility: row.visibility,
    calculated: row.formula !== null,
    latest: extra.latest,
    due: extra.due,
    duePeriod: extra.duePeriod,
    version: row.version,
  };
}

/** The full indicator: its summary plus a few small queries (never used in lists). */
export async function presentIndicator(db: DbOrTx, row: IndicatorRow, summary: IndicatorSummary): Promise<Indicator> {
  const ref = { organizationId: row.organizationId, indicatorId: row.id };
  const [pilots, links, inputCodes] = await Promise.all([findIndicatorPilots(db, ref), findIndicatorLinks(db, ref), findInputCodes(db, ref)]);
  return {
    ...summary,
    description: row.description,
    pilots,
    source: row.source,
    method: row.method,
    baselinePeriod: row.baselinePeriod,
    baselineValue: row.baselineValue,
    thresholds: row.thresholds,
    formula: row.formula,
    inputCodes,
    requiresValidation: row.requiresValidation,
    nodeIds: links.nodeIds,
    actionIds: links.actionIds,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Fields worth a line in the history (ids for people, units and links). */
export function auditedIndicator(row: IndicatorRow, lists: { pilotIds: string[]; nodeIds: string[]; actionIds: string[] }) {
  return {
    code: row.code,
    name: row.name,
    description: row.description,
    unit: row.unit,
    decimals: row.decimals,
    direction: row.direction,
    periodicity: row.periodicity,
    kind: row.kind,
    ownerOrgUnitId: row.ownerOrgUnitId,
    pilotIds: [...lists.pilotIds].sort(),
    source: row.source,
    method: row.method,
    visibility: row.visibility,
    baselinePeriod: row.baselinePeriod,
    baselineValue: row.baselineValue,
    thresholds: row.thresholds,
    formula: row.formula,
    requiresValidation: row.requiresValidation,
    nodeIds: [...lists.nodeIds].sort(),
    actionIds: [...lists.actionIds].sort(),
  };
}
