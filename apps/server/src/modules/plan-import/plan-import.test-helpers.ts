/** Test helpers of the plan import: workbooks built with exceljs, multipart bodies with the « plan » field. */
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Session } from '../../../test/test-app.js';

export type Rows = ExcelJS.CellValue[][];

export async function workbookOf(sheets: Record<string, Rows>, shape?: (book: ExcelJS.Workbook) => void) {
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

/** A browser's FormData: the file, then the plan's fields as JSON. */
export function importBody(file: Buffer, plan: Record<string, unknown> | null, name = 'plan.xlsx') {
  const boundary = `----pilotis${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  if (plan) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="plan"\r\n\r\n${JSON.stringify(plan)}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`), file, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function postImport(session: Session, file: Buffer, plan: Record<string, unknown> | null, dryRun: boolean) {
  const { payload, headers } = importBody(file, plan);
  return session.request('POST', `/api/plans/import?dryRun=${dryRun}`, payload, headers);
}
