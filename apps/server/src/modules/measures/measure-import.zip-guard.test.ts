import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsxTable } from './measure-import.table.js';
import { declaredUnpackedSize } from './measure-import.zip-guard.js';

async function smallWorkbook() {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Mesures').addRow(['code', 'période', 'valeur']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same archive, its first entry claiming `size` bytes once unpacked. */
function claimingSize(xlsx: Buffer, size: number) {
  const copy = Buffer.from(xlsx);
  const entry = copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  copy.writeUInt32LE(size, entry + 24);
  return copy;
}

describe('XLSX unpacked size guard', () => {
  it('reads the sizes an archive declares', async () => {
    const xlsx = await smallWorkbook();
    expect(declaredUnpackedSize(xlsx)).toBeGreaterThan(1000);
    expect(declaredUnpackedSize(Buffer.from('pas une archive'))).toBeNull();
  });

  it('refuses a workbook that would unpack past 300 Mo, before unpacking it', async () => {
    const bomb = claimingSize(await smallWorkbook(), 400 * 1024 * 1024);
    await expect(readXlsxTable(bomb)).rejects.toThrow(/trop volumineux une fois décompressé/);
    expect(declaredUnpackedSize(claimingSize(await smallWorkbook(), 0xffffffff))).toBeNull();
  });
});
