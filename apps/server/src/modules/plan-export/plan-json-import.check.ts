import type { ExportedNode, ExportedSubAction, PlanExportDocument, PlanImportCounts, PlanImportIssue } from '@pilotis/shared';

/** Every node of the tree with its path in the document (for problems) and its parent's code. */
export function flatNodes(nodes: ExportedNode[]) {
  const result: { node: ExportedNode; path: string; parentCode: string | null; position: number }[] = [];
  const walk = (list: ExportedNode[], path: string, parentCode: string | null) =>
    list.forEach((node, position) => {
      const here = `${path}[${position}]`;
      result.push({ node, path: here, parentCode, position });
      walk(node.children, `${here}.children`, node.code);
    });
  walk(nodes, 'nodes', null);
  return result;
}

/** Every fiche with its path in the document: top-level ones, then their sub-actions. */
export function flatFiches(document: PlanExportDocument) {
  return document.actions.flatMap((action, i) => [
    { fiche: action as ExportedSubAction, path: `actions[${i}]` },
    ...action.subActions.map((sub, j) => ({ fiche: sub, path: `actions[${i}].subActions[${j}]` })),
  ]);
}

/**
 * What makes the document impossible to import as it is, beyond its schema: codes that appear
 * twice (references would be ambiguous), references to codes the document does not hold.
 */
export function structuralProblems(document: PlanExportDocument): PlanImportIssue[] {
  const problems: PlanImportIssue[] = [];
  const nodes = flatNodes(document.nodes);
  const nodeCodes = new Set<string>();
  for (const { node, path } of nodes) {
    if (nodeCodes.has(node.code)) problems.push({ path: `${path}.code`, message: `Code de nœud en double : « ${node.code} »` });
    nodeCodes.add(node.code);
  }
  const ficheCodes = new Set<string>();
  for (const { fiche, path } of flatFiches(document)) {
    if (ficheCodes.has(fiche.code)) problems.push({ path: `${path}.code`, message: `Code de fiche en double : « ${fiche.code} »` });
    ficheCodes.add(fiche.code);
  }
  document.actions.forEach((action, i) => {
    if (!nodeCodes.has(action.node)) problems.push({ path: `actions[${i}].node`, message: `Nœud inconnu dans le document : « ${action.node} »` });
  });
  for (const { fiche, path } of flatFiches(document)) {
    if (fiche.mergedInto && !ficheCodes.has(fiche.mergedInto)) {
      problems.push({ path: `${path}.mergedInto`, message: `Fiche inconnue dans le document : « ${fiche.mergedInto} »` });
    }
  }
  const indicatorCodes = new Set<string>();
  document.indicators.forEach((indicator, i) => {
    if (indicatorCodes.has(indicator.code)) problems.push({ path: `indicators[${i}].code`, message: `Code d’indicateur en double : « ${indicator.code} »` });
    indicatorCodes.add(indicator.code);
    indicator.nodes.forEach((code, j) => {
      if (!nodeCodes.has(code)) problems.push({ path: `indicators[${i}].nodes[${j}]`, message: `Nœud inconnu dans le document : « ${code} »` });
    });
    indicator.actions.forEach((code, j) => {
      if (!ficheCodes.has(code)) problems.push({ path: `indicators[${i}].actions[${j}]`, message: `Fiche inconnue dans le document : « ${code} »` });
    });
  });
  return problems;
}

/** What the document holds, counted as the import will write it (files of annexes are not in it). */
export function documentCounts(document: PlanExportDocument): Omit<PlanImportCounts, 'statusesCreated' | 'indicatorsCreated' | 'indicatorsLinked' | 'measures'> {
  const fiches = flatFiches(document).map((f) => f.fiche);
  const sum = (pick: (f: ExportedSubAction) => number) => fiches.reduce((n, f) => n + pick(f), 0);
  return {
    nodes: flatNodes(document.nodes).length,
    actions: document.actions.length,
    subActions: fiches.length - document.actions.length,
    milestones: sum((f) => f.milestones.length),
    tasks: sum((f) => f.tasks.length),
    logEntries: sum((f) => f.log.length),
    budgetLines: sum((f) => f.budget.length),
    attachments: sum((f) => f.attachments.filter((a) => a.kind === 'link').length),
  };
}

/** Lower case, no accents, single spaces: « Direction de l’Éducation » meets « direction de l'education ». */
export const foldName = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export const pathKey = (path: string[]) => path.map(foldName).join('\u0000');
export const pathLabel = (path: string[]) => path.join(' / ');
