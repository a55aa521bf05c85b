/**
 * A measure value as people and spreadsheets write it: "12,5", "1 234,5 €", "12 %", "1.234,5",
 * "1,234.5", "-3". Answers the number, or null when it is not one. A lone comma is a decimal
 * comma (French files), never a thousands separator.
 */
export function parseMeasureValue(raw: number | string | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  let text = raw.replace(/[\s\u00a0\u202f']/g, '').replace(/(€|EUR|%)$/i, '');
  if (text === '') return null;
  const commas = (text.match(/,/g) ?? []).length;
  const dots = (text.match(/\./g) ?? []).length;
  if (commas > 0 && dots > 0) {
    // The last separator is the decimal one; the other groups thousands.
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    text = text.split(decimal === ',' ? '.' : ',').join('').replace(',', '.');
  } else if (commas > 1 || dots > 1) {
    text = text.replace(commas > 1 ? /,/g : /\./g, '');
  } else {
    text = text.replace(',', '.');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}
