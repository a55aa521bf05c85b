import { isLate, type ExportedNode, type ExportedSubAction, type PlanExportDocument } from '@pilotis/shared';

/** French words for the codes the document holds (same words as the web app). */
export const LABELS = {
  weather: { sunny: 'Ensoleillé', cloudy: 'Nuageux', stormy: 'Orageux' },
  priority: { low: 'Basse', normal: 'Normale', high: 'Haute' },
  visibility: { unit: 'Unités concernées', organization: 'Toute la collectivité', public: 'Public' },
  category: { not_started: 'À lancer', in_progress: 'En cours', done: 'Terminé', stopped: 'Arrêté' },
  progressMode: { manual: 'Saisi par le pilote', subactions: 'Calculé à partir des sous-actions', milestones: 'Calculé à partir des jalons' },
  nature: { investment: 'Investissement', operating: 'Fonctionnement' },
  periodicity: { monthly: 'Mensuelle', quarterly: 'Trimestrielle', 'half-yearly': 'Semestrielle', yearly: 'Annuelle' },
  direction: { higher: 'Plus c’est haut, mieux c’est', lower: 'Plus c’est bas, mieux c’est', band: 'Dans une fourchette' },
  kind: { activity: 'Activité', result: 'Résultat', impact: 'Impact' },
  measureState: { draft: 'Brouillon', validated: 'Validée' },
  measureSource: { manual: 'Saisie', import: 'Import de fichier', api: 'API', connector: 'Connecteur', formula: 'Formule' },
} as const;

export const yesNo = (value: boolean) => (value ? 'Oui' : 'Non');
export const unitName = (path: string[] | null) => (path ? path.join(' / ') : null);

/** A fiche as one line of the « Actions » sheet and of the CSV, with where it sits. */
export interface FlatAction {
  fiche: ExportedSubAction;
  nodeCode: string;
  nodeTitle: string;
  parentCode: string | null;
  late: boolean;
}

/** Every fiche of the document in code order, each sub-action right after its parent. */
export function flatActions(document: PlanExportDocument, today: string): FlatAction[] {
  const nodeTitles = new Map<string, string>();
  const walk = (nodes: ExportedNode[]) => nodes.forEach((n) => (nodeTitles.set(n.code, n.title), walk(n.children)));
  walk(document.nodes);
  const line = (fiche: ExportedSubAction, nodeCode: string, parentCode: string | null): FlatAction => ({
    fiche,
    nodeCode,
    nodeTitle: nodeTitles.get(nodeCode) ?? '',
    parentCode,
    late: isLate({ category: fiche.status.category, endsOn: fiche.endsOn }, fiche.milestones, today),
  });
  return document.actions.flatMap((action) => [
    line(action, action.node, null),
    ...action.subActions.map((sub) => line(sub, action.node, action.code)),
  ]);
}

export type ColumnKind = 'text' | 'longText' | 'date' | 'number' | 'percent' | 'euros';
export interface Column<T> {
  header: string;
  kind: ColumnKind;
  /** Width in characters in the workbook. */
  width: number;
  value: (row: T) => string | number | null;
}

/** The « Actions » columns, shared by the XLSX sheet and the CSV (the same table for French Excel). */
export function actionColumns(people: Map<string, string>): Column<FlatAction>[] {
  const name = (email: string | null) => (email ? (people.get(email) ?? email) : null);
  const names = (emails: string[]) => emails.map((e) => people.get(e) ?? e).join(', ');
  const budget = (key: 'plannedCents' | 'committedCents' | 'spentCents') => (row: FlatAction) =>
    row.fiche.budget.reduce((sum, line) => sum + line[key], 0) / 100;
  return [
    { header: 'Code', kind: 'text', width: 12, value: (r) => r.fiche.code },
    { header: 'Code du nœud', kind: 'text', width: 10, value: (r) => r.nodeCode },
    { header: 'Nœud', kind: 'text', width: 30, value: (r) => r.nodeTitle },
    { header: 'Fiche parente', kind: 'text', width: 10, value: (r) => r.parentCode },
    { header: 'Intitulé', kind: 'text', width: 45, value: (r) => r.fiche.title },
    { header: 'Description', kind: 'longText', width: 50, value: (r) => r.fiche.description },
    { header: 'Objectifs', kind: 'longText', width: 40, value: (r) => r.fiche.objectives },
    { header: 'Résultats attendus', kind: 'longText', width: 40, value: (r) => r.fiche.expectedResults },
    { header: 'Pilote', kind: 'text', width: 22, value: (r) => name(r.fiche.pilot) },
    { header: 'E-mail du pilote', kind: 'text', width: 28, value: (r) => r.fiche.pilot },
    { header: 'Co-pilotes', kind: 'text', width: 28, value: (r) => names(r.fiche.copilots) },
    { header: 'E-mails des co-pilotes', kind: 'text', width: 34, value: (r) => r.fiche.copilots.join(', ') },
    { header: 'Élu référent', kind: 'text', width: 22, value: (r) => name(r.fiche.elu) },
    { header: 'E-mail de l’élu', kind: 'text', width: 28, value: (r) => r.fiche.elu },
    { header: 'Unité pilote', kind: 'text', width: 30, value: (r) => unitName(r.fiche.leadOrgUnit) },
    { header: 'Unités associées', kind: 'text', width: 30, value: (r) => r.fiche.orgUnits.map((p) => p.join(' / ')).join(', ') },
    { header: 'Partenaires', kind: 'text', width: 30, value: (r) => r.fiche.partners },
    { header: 'Statut', kind: 'text', width: 16, value: (r) => r.fiche.status.label },
    { header: 'Catégorie du statut', kind: 'text', width: 14, value: (r) => LABELS.category[r.fiche.status.category] },
    { header: 'Météo', kind: 'text', width: 12, value: (r) => (r.fiche.weather ? LABELS.weather[r.fiche.weather] : null) },
    { header: 'Taux d’achèvement (%)', kind: 'percent', width: 12, value: (r) => r.fiche.progress },
    { header: 'Calcul de l’avancement', kind: 'text', width: 20, value: (r) => LABELS.progressMode[r.fiche.progressMode] },
    { header: 'Date de début', kind: 'date', width: 12, value: (r) => r.fiche.startsOn },
    { header: 'Date de fin', kind: 'date', width: 12, value: (r) => r.fiche.endsOn },
    { header: 'Priorité', kind: 'text', width: 10, value: (r) => LABELS.priority[r.fiche.priority] },
    { header: 'Projet phare', kind: 'text', width: 10, value: (r) => yesNo(r.fiche.flagship) },
    { header: 'Étiquettes', kind: 'text', width: 20, value: (r) => r.fiche.tags.join(', ') },
    { header: 'Visibilité', kind: 'text', width: 18, value: (r) => LABELS.visibility[r.fiche.visibility] },
    { header: 'Pondération', kind: 'number', width: 10, value: (r) => r.fiche.weight },
    { header: 'En retard', kind: 'text', width: 9, value: (r) => yesNo(r.late) },
    { header: 'Fusionnée dans', kind: 'text', width: 10, value: (r) => r.fiche.mergedInto },
    { header: 'Contribue aussi à', kind: 'text', width: 30, value: (r) => r.fiche.linkedNodes.map((l) => `${l.plan} › ${l.node} ${l.title}`).join(', ') },
    { header: 'Budget voté (€)', kind: 'euros', width: 14, value: budget('plannedCents') },
    { header: 'Budget engagé (€)', kind: 'euros', width: 14, value: budget('committedCents') },
    { header: 'Budget mandaté (€)', kind: 'euros', width: 14, value: budget('spentCents') },
  ];
}
