/**
 * An example file built in the browser (no request): the columns the importer reads, with a
 * semicolon and decimal commas as French spreadsheets save them, and a UTF-8 BOM so Excel opens
 * the accents right.
 */
export const EXAMPLE_CSV = [
  'code indicateur;période;valeur;commentaire',
  'DECH-01;2026-03;1234,5;Tonnage collecté en mars',
  'DECH-01;2026-04;1180;',
  'EAU-02;2026-Q1;97,2;Taux de conformité',
  'BUD-03;2026;12500000;Exécution budgétaire',
].join('\r\n');

export function exampleCsvUrl(): string {
  return URL.createObjectURL(new Blob(['\ufeff', EXAMPLE_CSV, '\r\n'], { type: 'text/csv;charset=utf-8' }));
}
