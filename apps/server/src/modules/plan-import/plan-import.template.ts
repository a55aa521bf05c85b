/**
 * The downloadable import template: an « Instructions » sheet, the « Actions » sheet (one column
 * per level of the tree, then the fiche's fields), a « Budgets » sheet (one row per action × year
 * × nature, keyed by the action's code: what a finance person fills from their ledger) and hidden
 * lists behind the drop-downs. Headers are the first spelling the parser accepts.
 */
import ExcelJS from 'exceljs';

const ROWS = 2000;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };

export const WEATHER_LABELS = ['Ensoleillé', 'Nuageux', 'Orageux'];
export const PRIORITY_LABELS = ['Haute', 'Normale', 'Basse'];
const YES_NO = ['Oui', 'Non'];
const NATURES = ['Investissement', 'Fonctionnement'];

interface Column {
  header: string;
  width: number;
  required?: boolean;
  meaning: string;
  accepted: string;
  list?: string;
}

function actionColumns(levelNames: string[]): Column[] {
  const levels: Column[] = levelNames.map((name, i) => ({
    header: name,
    width: 28,
    required: i === 0,
    meaning: i === 0 ? 'Premier niveau du plan : la fiche s’y range.' : `Niveau ${i + 1} du plan, sous « ${levelNames[i - 1]} ».`,
    accepted: 'Texte. Laissé vide, il reprend la valeur de la ligne du dessus (cellules fusionnées acceptées). Ajoutez ou retirez des colonnes de niveaux à volonté, à gauche du titre.',
  }));
  return [
    ...levels,
    { header: 'Code', width: 10, meaning: 'Votre code de l’action (facultatif), unique dans le fichier.', accepted: 'Texte libre, ex. A12. Sert à relier les lignes de la feuille « Budgets ».' },
    { header: 'Titre de l’action', width: 40, required: true, meaning: 'Intitulé de la fiche action.', accepted: 'Texte, 300 caractères au plus.' },
    { header: 'Titre de la sous-action', width: 32, meaning: 'Rempli : la ligne décrit une sous-action de l’action du même titre.', accepted: 'Texte. Les autres colonnes de la ligne décrivent alors la sous-action.' },
    { header: 'Description', width: 40, meaning: 'Contexte et contenu de l’action.', accepted: 'Texte.' },
    { header: 'Objectifs', width: 30, meaning: 'Ce que l’action vise.', accepted: 'Texte.' },
    { header: 'Pilote', width: 26, meaning: 'La personne qui pilote la fiche.', accepted: 'E-mail (marie.curie@ville.fr) ou « Prénom Nom » d’un membre de la collectivité.' },
    { header: 'Co-pilotes', width: 30, meaning: 'Personnes qui modifient la fiche avec le pilote.', accepted: 'E-mails ou noms séparés par « , » ou « ; ».' },
    { header: 'Élu référent', width: 24, meaning: 'L’élu·e qui porte l’action.', accepted: 'E-mail ou « Prénom Nom ».' },
    { header: 'Direction / service', width: 26, meaning: 'Direction ou service pilote.', accepted: 'Nom exact d’une direction ou d’un service de l’organigramme (majuscules et accents ignorés).' },
    { header: 'Partenaires', width: 26, meaning: 'Partenaires extérieurs.', accepted: 'Texte.' },
    { header: 'Statut', width: 18, meaning: 'Où en est l’action.', accepted: 'Un statut de la liste ; aussi « À venir », « Réalisé », « En pause »… (rapprochés automatiquement).', list: 'status' },
    { header: 'Météo', width: 14, meaning: 'Appréciation du pilote.', accepted: WEATHER_LABELS.join(', '), list: 'weather' },
    { header: 'Avancement (%)', width: 14, meaning: 'Avancement de 0 à 100.', accepted: '50, « 50 % » ou 0,5.' },
    { header: 'Date de début', width: 14, meaning: 'Début prévu.', accepted: 'Date (22/11/2026, 2026-11-22) ou mois (« novembre 2026 » : le 1er).' },
    { header: 'Date de fin', width: 14, meaning: 'Fin prévue.', accepted: 'Date ou mois (« novembre 2026 » : le dernier jour).' },
    { header: 'Priorité', width: 12, meaning: 'Priorité de l’action.', accepted: `${PRIORITY_LABELS.join(', ')} (ou Élevé, Moyen, Bas).`, list: 'priority' },
    { header: 'Projet phare', width: 12, meaning: 'Action mise en avant.', accepted: 'Oui ou Non.', list: 'yesNo' },
    { header: 'Étiquettes', width: 22, meaning: 'Mots-clés.', accepted: 'Séparés par « , » ou « ; ».' },
    { header: 'Indicateurs liés', width: 22, meaning: 'Indicateurs qui suivent l’action.', accepted: 'Codes ou noms d’indicateurs existants, séparés par « , » ou « ; ».' },
  ];
}

const BUDGET_COLUMNS: Column[] = [
  { header: 'Code action', width: 14, required: true, meaning: 'Le code de l’action dans la feuille « Actions ».', accepted: 'Le même texte que la colonne « Code ».' },
  { header: 'Année', width: 10, required: true, meaning: 'Exercice budgétaire.', accepted: 'Année sur 4 chiffres.' },
  { header: 'Nature', width: 16, required: true, meaning: 'Section du budget.', accepted: NATURES.join(' ou '), list: 'nature' },
  { header: 'Prévu (€)', width: 14, meaning: 'Montant voté.', accepted: 'Euros : 12500, « 12 500,50 € », « 12 k€ ».' },
  { header: 'Engagé (€)', width: 14, meaning: 'Montant engagé.', accepted: 'Euros.' },
  { header: 'Mandaté (€)', width: 14, meaning: 'Montant mandaté (dépensé).', accepted: 'Euros.' },
];

/** The template for a collectivité: its statuses in the drop-down, the plan's level names as columns. */
export async function buildPlanTemplate({ levelNames, statusLabels }: { levelNames: string[]; statusLabels: string[] }) {
  const book = new ExcelJS.Workbook();
  book.creator = 'Pilotis';
  const instructions = book.addWorksheet('Instructions');
  const actions = book.addWorksheet('Actions', { views: [{ state: 'frozen', ySplit: 1 }] });
  const budgets = book.addWorksheet('Budgets', { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = book.addWorksheet('Listes', { state: 'hidden' });

  const ranges = writeLists(lists, { status: statusLabels, weather: WEATHER_LABELS, priority: PRIORITY_LABELS, yesNo: YES_NO, nature: NATURES });
  const columns = actionColumns(levelNames);
  writeHeader(actions, columns, ranges);
  writeHeader(budgets, BUDGET_COLUMNS, ranges);
  writeInstructions(instructions, columns, statusLabels);
  return Buffer.from(await book.xlsx.writeBuffer());
}

function writeLists(sheet: ExcelJS.Worksheet, lists: Record<string, string[]>) {
  const ranges: Record<string, string> = {};
  Object.entries(lists).forEach(([name, values], i) => {
    const column = sheet.getColumn(i + 1);
    column.values = [name, ...values];
    const letter = column.letter;
    ranges[name] = `Listes!$${letter}$2:$${letter}$${Math.max(2, values.length + 1)}`;
  });
  return ranges;
}

/** exceljs has range validations (one rule for 2,000 cells) but its types only declare them per cell. */
const validations = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations;

function writeHeader(sheet: ExcelJS.Worksheet, columns: Column[], ranges: Record<string, string>) {
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = HEADER_FONT;
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 30;
  columns.forEach((column, i) => {
    if (!column.list) return;
    const letter = sheet.getColumn(i + 1).letter;
    validations(sheet).add(`${letter}2:${letter}${ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [ranges[column.list]!],
      // Other spellings are accepted on import: warn, do not block typing them.
      errorStyle: 'warning',
      showErrorMessage: true,
      errorTitle: column.header,
      error: `Valeur hors liste : ${column.accepted}`,
    });
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

function writeInstructions(sheet: ExcelJS.Worksheet, columns: Column[], statusLabels: string[]) {
  sheet.getColumn(1).width = 28;
  sheet.getColumn(2).width = 14;
  sheet.getColumn(3).width = 50;
  sheet.getColumn(4).width = 70;
  const lines = [
    ['Importer un plan dans Pilotis'],
    ['1. Remplissez la feuille « Actions » : une ligne par action (ou sous-action), les niveaux du plan à gauche.'],
    ['2. Facultatif : la feuille « Budgets », une ligne par action, année et nature, reliée par le code de l’action.'],
    ['3. Dans Pilotis : Plans › Importer depuis Excel. L’aperçu montre l’arborescence, les personnes et statuts reconnus et chaque problème (feuille, ligne, colonne) avant toute écriture.'],
    ['Le fichier peut aussi être un CSV (séparateur « ; » ou « , »). Les en-têtes peuvent être sur une autre ligne que la première ; les lignes vides sont ignorées ; les formules sont lues par leur dernier résultat.'],
    ['Le modèle de Territoires en Transitions (ADEME) est aussi accepté tel quel.'],
    [`Statuts de votre collectivité : ${statusLabels.join(', ')}.`],
    [],
  ];
  for (const line of lines) sheet.addRow(line);
  sheet.getRow(1).font = { bold: true, size: 14 };
  const table = sheet.addRow(['Colonne', 'Obligatoire', 'Contenu', 'Valeurs acceptées']);
  table.font = HEADER_FONT;
  table.fill = HEADER_FILL;
  sheet.addRow(['Feuille « Actions »']).font = { bold: true };
  for (const c of columns) sheet.addRow([c.header, c.required ? 'Oui' : 'Non', c.meaning, c.accepted]);
  sheet.addRow(['Feuille « Budgets »']).font = { bold: true };
  for (const c of BUDGET_COLUMNS) sheet.addRow([c.header, c.required ? 'Oui' : 'Non', c.meaning, c.accepted]);
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
}
