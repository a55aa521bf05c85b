import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parsePlanGrids } from './plan-import.parser.js';
import { readGrids } from './plan-import.sheet.js';
import { readAmountCents, readDate, readProgress } from './plan-import.values.js';

type Rows = ExcelJS.CellValue[][];

async function workbook(sheets: Record<string, Rows>, shape?: (book: ExcelJS.Workbook) => void) {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    rows.forEach((row, i) => {
      if (row.length > 0) sheet.getRow(i + 1).values = row;
    });
  }
  shape?.(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const parseXlsx = async (bytes: Buffer) => parsePlanGrids(await readGrids(bytes, 'xlsx'));
const parseCsv = async (text: string, encoding: BufferEncoding = 'utf8') => parsePlanGrids(await readGrids(Buffer.from(text, encoding), 'csv'));
const titles = (plan: Awaited<ReturnType<typeof parseXlsx>>) => plan.actions.map((a) => a.title);

describe('plan import: values as people type them', () => {
  it('reads dates written every usual way', () => {
    expect(readDate('22/11/2026', 'start')).toEqual({ value: '2026-11-22' });
    expect(readDate(' 2026-11-22 ', 'start')).toEqual({ value: '2026-11-22' });
    expect(readDate('22.11.26', 'start')).toEqual({ value: '2026-11-22' });
    expect(readDate('novembre 2026', 'start')).toEqual({ value: '2026-11-01' });
    expect(readDate('Novembre 2026', 'end')).toEqual({ value: '2026-11-30' });
    expect(readDate('févr. 2028', 'end')).toEqual({ value: '2028-02-29' });
    expect(readDate(2027, 'end')).toEqual({ value: '2027-12-31' });
    expect(readDate(46348, 'start')).toEqual({ value: '2026-11-22' });
    expect(readDate(new Date(Date.UTC(2026, 10, 22)), 'start')).toEqual({ value: '2026-11-22' });
    expect(readDate('31/02/2026', 'start').error).toMatch(/impossible/);
    expect(readDate('bientôt', 'start').error).toMatch(/illisible/);
  });

  it('reads amounts with spaces, NBSP, €, k€ and a decimal comma, in cents', () => {
    expect(readAmountCents('1 234,50 €')).toEqual({ value: 123_450 });
    expect(readAmountCents('1\u00a0234,50\u202f€')).toEqual({ value: 123_450 });
    expect(readAmountCents('12 k€')).toEqual({ value: 1_200_000 });
    expect(readAmountCents('1,5 M€')).toEqual({ value: 150_000_000 });
    expect(readAmountCents('1.234.567,8')).toEqual({ value: 123_456_780 });
    expect(readAmountCents('12.500 € HT')).toEqual({ value: 1_250_000 });
    expect(readAmountCents(2500.5)).toEqual({ value: 250_050 });
    expect(readAmountCents('beaucoup').error).toMatch(/Montant illisible/);
  });

  it('reads progress as « 50 % », 0.5 or « 0,5 »', () => {
    expect(readProgress('50 %')).toEqual({ value: 50 });
    expect(readProgress(0.5)).toEqual({ value: 50 });
    expect(readProgress('0,5')).toEqual({ value: 50 });
    expect(readProgress(75)).toEqual({ value: 75 });
    expect(readProgress('150 %').error).toMatch(/hors de 0 à 100/);
  });
});

describe('plan import: messy workbooks', () => {
  it('finds the header below a title, carries merged and blank axes down, skips separator rows', async () => {
    const bytes = await workbook(
      {
        Plan: [
          ['Plan climat de la commune — export du 3 mars'],
          [],
          ['Axe', 'Objectif', 'Titre de l’action', 'Statut', 'Date de fin', 'Budget prévisionnel total € HT'],
          ['1. Mobilité  ', 'Vélo', 'Pistes cyclables', 'en cours', 46348, '1 234,50 €'],
          [null, null, 'Stationnement vélo', 'EN COURS', '22/11/2026', null],
          [],
          [null, 'Marche', 'Zones piétonnes', 'Réalisé', 'novembre 2026', null],
          ['2.\u00a0Énergie', null, 'Rénovation des écoles', 'À venir', null, null],
          [null, 'Solaire', 'Toitures', null, null, null],
        ],
      },
      (book) => book.getWorksheet('Plan')!.mergeCells('A4:A7'),
    );
    const plan = await parseXlsx(bytes);
    expect(plan.problems).toEqual([]);
    expect(plan.levelNames).toEqual(['Axe', 'Objectif']);
    expect(plan.nodes.map((n) => [n.title, n.depth])).toEqual([
      ['1. Mobilité', 0],
      ['Vélo', 1],
      ['Marche', 1],
      ['2. Énergie', 0],
      ['Solaire', 1],
    ]);
    const byTitle = Object.fromEntries(plan.actions.map((a) => [a.title, a]));
    expect(byTitle['Stationnement vélo']!.nodeKey).toBe(byTitle['Pistes cyclables']!.nodeKey);
    // A new axe does not inherit the previous axe's objective: the action sits on the axe itself.
    expect(byTitle['Rénovation des écoles']!.nodeKey).toBe('2 energie');
    expect(byTitle['Pistes cyclables']).toMatchObject({ endsOn: '2026-11-22', budgetTotalCents: 123_450, line: 4 });
    expect(byTitle['Zones piétonnes']).toMatchObject({ endsOn: '2026-11-30', status: { text: 'Réalisé', line: 7, column: 'Statut' } });
  });

  it('reads formulas by their cached result, never evaluating them', async () => {
    const bytes = await workbook({
      Actions: [
        ['Axe', 'Titre de l’action', 'Avancement', 'Date de début'],
        ['Axe A', { formula: 'UPPER("x")', result: 'Action calculée' } as ExcelJS.CellFormulaValue, { formula: '1/2', result: 0.5 } as ExcelJS.CellFormulaValue, { formula: 'DATE(2026,3,1)', result: new Date(Date.UTC(2026, 2, 1)) } as ExcelJS.CellFormulaValue],
      ],
    });
    const plan = await parseXlsx(bytes);
    expect(plan.actions[0]).toMatchObject({ title: 'Action calculée', progress: 50, startsOn: '2026-03-01' });
  });

  it('reports every unreadable value with its sheet, line and column, and duplicate codes', async () => {
    const bytes = await workbook({
      Actions: [
        ['Code', 'Axe', 'Titre de l’action', 'Avancement', 'Date de début', 'Date de fin', 'Météo'],
        ['A1', 'Axe A', 'Une', '50 %', '01/02/2026', '01/01/2026', 'Ensoleillé'],
        ['A1', 'Axe A', 'Deux', 'beaucoup', 'demain', null, 'Grêle'],
        [null, 'Axe A', 'Une', null, null, null, null],
      ],
    });
    const plan = await parseXlsx(bytes);
    expect(plan.problems).toEqual([
      { severity: 'error', sheet: 'Actions', line: 2, column: 'Date de fin', message: 'La date de fin précède la date de début' },
      { severity: 'error', sheet: 'Actions', line: 3, column: 'Code', message: 'Code « A1 » en double (déjà ligne 2)' },
      { severity: 'warning', sheet: 'Actions', line: 3, column: 'Météo', message: expect.stringMatching(/Météo inconnue : « Grêle ».*valeur ignorée/) },
      { severity: 'error', sheet: 'Actions', line: 3, column: 'Avancement', message: expect.stringMatching(/Avancement illisible/) },
      { severity: 'error', sheet: 'Actions', line: 3, column: 'Date de début', message: expect.stringMatching(/Date illisible : « demain »/) },
      { severity: 'error', sheet: 'Actions', line: 4, column: 'Titre de l’action', message: expect.stringMatching(/Action « Une » en double.*ligne 2/) },
    ]);
  });

  it('accepts any number of level columns and reads the budget sheet keyed by the action code', async () => {
    const bytes = await workbook({
      Actions: [
        ['Orientation', 'Axe', 'Objectif', 'Sous-objectif', 'Mesure', 'Code', 'Titre de l’action', 'Pilote', 'Co-pilotes'],
        ['O1', 'A1', 'Ob1', 'SO1', 'M1', 'X-1', 'Action profonde', 'Marie Curie', 'paul@ville.fr ; Jean Moulin, Ada Lovelace'],
      ],
      Budgets: [
        ['Code action', 'Année', 'Nature', 'Prévu (€)', 'Engagé (€)', 'Mandaté (€)'],
        ['X-1', 2026, 'Investissement', '10 000 €', '2 500,5', null],
        ['X-1', '2027', 'fonctionnement', 1000, null, null],
        ['X-1', 2026, 'Investissement', 5, null, null],
        ['Y-9', 2026, 'Investissement', 5, null, null],
      ],
    });
    const plan = await parseXlsx(bytes);
    expect(plan.levelNames).toEqual(['Orientation', 'Axe', 'Objectif', 'Sous-objectif', 'Mesure']);
    expect(plan.nodes.at(-1)).toMatchObject({ title: 'M1', depth: 4 });
    expect(plan.actions[0]!.pilots.map((p) => p.text)).toEqual(['Marie Curie']);
    expect(plan.actions[0]!.copilots.map((p) => p.text)).toEqual(['paul@ville.fr', 'Jean Moulin', 'Ada Lovelace']);
    expect(plan.budgets).toMatchObject([
      { year: 2026, nature: 'investment', plannedCents: 1_000_000, committedCents: 250_050, spentCents: 0, line: 2 },
      { year: 2027, nature: 'operating', plannedCents: 100_000 },
    ]);
    expect(plan.problems.map((p) => [p.sheet, p.line, p.column, p.message])).toEqual([
      ['Budgets', 4, 'Année', 'Budget 2026 (investissement) de cette action déjà donné ligne 2'],
      ['Budgets', 5, 'Code action', 'Aucune action de code « Y-9 »'],
    ]);
  });

  it('recognises the Territoires en Transitions template: sub-actions, funders, other texts kept', async () => {
    const header = ['Axe', 'Sous-axe', 'Sous-sous axe', 'Titre de l\'action', 'Titre de la sous-action', 'Descriptif', 'Instances de gouvernance', 'Objectifs', 'Indicateurs liés', 'Structure pilote', 'Moyens humains et techniques', 'Partenaires', 'Direction ou service pilote', 'Personne pilote', 'Élu·e référent·e', 'Participation Citoyenne', 'Financements', 'Financeur 1', 'Montant € HT', 'Financeur 2', 'Montant € HT', 'Financeur 3', 'Montant € HT', 'Budget prévisionnel total € HT', 'Statut', 'Niveau de priorité', 'Date de début', 'Date de fin'];
    const row = (title: string, sub: string | null, extra: Partial<Record<number, ExcelJS.CellValue>> = {}) => {
      const cells: ExcelJS.CellValue[] = header.map(() => null);
      cells[0] = '1 - Bâtiments';
      cells[1] = '1.1 - Écoles';
      cells[3] = title;
      cells[4] = sub;
      for (const [i, v] of Object.entries(extra)) cells[Number(i)] = v;
      return cells;
    };
    const bytes = await workbook({
      'Plan d\'actions': [
        header,
        row('Rénover les écoles', null, { 5: 'Isolation', 6: 'Comité de pilotage', 17: 'ADEME', 18: '10 000', 19: 'Région', 20: '5 000 €', 24: 'En cours', 25: 'Élevé', 9: 'Mairie', 11: 'SDE' }),
        row('Rénover les écoles', 'École Jaurès', { 24: 'Réalisé', 13: 'Marie Curie', 27: 'décembre 2026' }),
        row('', 'École Ferry', { 24: 'À venir' }),
      ],
    });
    const plan = await parseXlsx(bytes);
    expect(plan.templateKind).toBe('tet');
    expect(plan.levelNames).toEqual(['Axe', 'Sous-axe', 'Sous-sous axe']);
    expect(plan.problems).toEqual([]);
    expect(titles(plan)).toEqual(['Rénover les écoles', 'École Jaurès', 'École Ferry']);
    const [parent, jaures, ferry] = plan.actions;
    expect(jaures!.parentKey).toBe(parent!.key);
    expect(ferry!.parentKey).toBe(parent!.key);
    expect(parent).toMatchObject({ priority: 'high', partners: 'Mairie (structure pilote) ; SDE', budgetTotalCents: 1_500_000 });
    expect(parent!.description).toBe('Isolation\n\nInstances de gouvernance :\nComité de pilotage\n\nFinanceurs :\n- ADEME : 10 000\n- Région : 5 000 €');
    expect(jaures).toMatchObject({ endsOn: '2026-12-31', pilots: [{ text: 'Marie Curie', column: 'Personne pilote' }], status: { text: 'Réalisé' } });
  });

  it('reads a Windows-1252 CSV with `;` and a UTF-8 CSV with a BOM and `,`', async () => {
    const latin = await parseCsv('Axe;Titre de l’action;Statut\r\nÉnergie;Chaufferie bois;Terminé\r\n'.replace('’', "'"), 'latin1');
    expect(latin.actions[0]).toMatchObject({ title: 'Chaufferie bois', status: { text: 'Terminé' }, line: 2 });
    expect(latin.nodes[0]!.title).toBe('Énergie');
    const bom = await parseCsv('\ufeffAxe,Objectif,Titre de l’action\nMobilité,Vélo,"Pistes, bandes cyclables"\n');
    expect(bom.actions[0]).toMatchObject({ title: 'Pistes, bandes cyclables' });
  });
});
