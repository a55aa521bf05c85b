/**
 * The columns of a finance export, found by their headers (without case, accents or
 * punctuation: « N° mandat » = "n mandat"). Synonyms are in order of preference: with both
 * « Montant TTC » and « Montant HT », TTC is read.
 */
import type { FinanceLineType } from '@pilotis/shared';
import { normalizeHeader } from '../measures/measure-import.columns.js';

export type FinanceField = 'reference' | 'type' | 'date' | 'year' | 'code' | 'amount' | 'section' | 'supplier' | 'label';

const MANDATE_REFERENCES = ['n mandat', 'no mandat', 'numero de mandat', 'numero mandat', 'mandat', 'n de mandat'];
const COMMITMENT_REFERENCES = ['n engagement', 'no engagement', 'numero d engagement', 'numero engagement', 'engagement', 'n d engagement'];

export const FINANCE_COLUMNS: Record<FinanceField, string[]> = {
  reference: ['reference', 'ref', 'n piece', 'numero de piece', 'numero piece', ...MANDATE_REFERENCES, ...COMMITMENT_REFERENCES],
  type: ['type', 'nature', 'type de piece', 'type piece', 'nature de la piece', 'nature piece', 'type de mouvement', 'mouvement'],
  date: ['date', 'date de mandatement', 'date mandatement', 'date d engagement', 'date engagement', 'date de paiement', 'date comptable', 'date de la piece', 'date piece'],
  year: ['exercice', 'annee', 'exercice budgetaire', 'annee budgetaire'],
  code: ['code projet', 'code', 'imputation', 'ligne budgetaire', 'code budgetaire', 'code operation', 'operation', 'projet', 'code analytique', 'analytique'],
  amount: ['montant', 'montant ttc', 'montant eur', 'montant en euros', 'montant mandate', 'montant engage', 'montant ht', 'amount'],
  section: ['section', 'section budgetaire', 'section d imputation'],
  supplier: ['fournisseur', 'tiers', 'raison sociale', 'beneficiaire', 'creancier', 'nom du tiers'],
  label: ['libelle', 'objet', 'libelle de la piece', 'designation', 'description', 'commentaire'],
};
const REQUIRED: FinanceField[] = ['reference', 'date', 'code', 'amount'];
const LABEL: Record<FinanceField, string> = {
  reference: 'Référence ou N° mandat / N° engagement',
  type: 'Type (Engagement ou Mandat)',
  date: 'Date',
  year: 'Exercice',
  code: 'Code projet ou Imputation',
  amount: 'Montant',
  section: 'Section',
  supplier: 'Fournisseur',
  label: 'Libellé',
};

export interface FinanceColumns {
  index: Partial<Record<FinanceField, number>>;
  /** Header as written in the file, to name the column of a problem. */
  name: Partial<Record<FinanceField, string>>;
  /** Without a type column, a « N° mandat » reference column says every line is a payment. */
  impliedType: FinanceLineType | null;
}

export type LocateResult = { columns: FinanceColumns; missing: null } | { columns: null; missing: string };

export function locateFinanceColumns(header: string[]): LocateResult {
  const normalized = header.map(normalizeHeader);
  const taken = new Set<number>();
  const columns: FinanceColumns = { index: {}, name: {}, impliedType: null };
  // Specific headers first: « Date de mandatement » must not be claimed by a looser field.
  for (const field of Object.keys(FINANCE_COLUMNS) as FinanceField[]) {
    for (const synonym of FINANCE_COLUMNS[field]) {
      const i = normalized.findIndex((h, at) => h === synonym && !taken.has(at));
      if (i < 0) continue;
      taken.add(i);
      columns.index[field] = i;
      columns.name[field] = header[i];
      break;
    }
  }
  const reference = columns.index.reference === undefined ? '' : normalized[columns.index.reference]!;
  if (columns.index.type === undefined) {
    if (MANDATE_REFERENCES.includes(reference)) columns.impliedType = 'paid';
    else if (COMMITMENT_REFERENCES.includes(reference)) columns.impliedType = 'committed';
  }
  const missing = REQUIRED.filter((field) => columns.index[field] === undefined).map((field) => `« ${LABEL[field]} »`);
  if (columns.index.type === undefined && !columns.impliedType) missing.push(`« ${LABEL.type} »`);
  if (missing.length === 0) return { columns, missing: null };
  const found = header.filter((h) => h.trim() !== '').map((h) => `« ${h} »`);
  return {
    columns: null,
    missing: `Colonne${missing.length > 1 ? 's' : ''} ${missing.join(', ')} introuvable${missing.length > 1 ? 's' : ''} ; en-têtes lus : ${found.join(', ') || 'aucun'}`,
  };
}
