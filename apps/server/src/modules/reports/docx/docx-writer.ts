import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { FONTS } from '../pdf/pdf-writer.js';
import type { Chart } from '../report-charts.js';
import type { ReportColumn, ReportHeader } from '../report-data.js';
import { frDateTime } from '../report-format.js';

/**
 * Building blocks of the editable Word reports (the `docx` package): DejaVu Sans embedded as in
 * the PDF, real Word headings and tables (so a collectivité can rework the document), charts as
 * PNG images (from the same SVG, by resvg) with their description as alternative text, and
 * « Page n / N » fields in the footer.
 */
const FONT = 'DejaVu Sans';
let fontData: { regular: Buffer; bold: Buffer } | undefined;
const fonts = () => (fontData ??= { regular: readFileSync(FONTS.body), bold: readFileSync(FONTS.bold) });

/** Printable width of an A4 page with 2 cm margins, in pixels at 96 dpi (what ImageRun takes). */
const PAGE_PX = 642;

export type Block = FileChild;

export const heading = (text: string, level: 1 | 2 | 3 = 1) =>
  new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, spacing: { before: 240, after: 120 } });

export const paragraph = (text: string, options: { muted?: boolean; italic?: boolean; bold?: boolean; size?: number } = {}) =>
  new Paragraph({
    spacing: { after: 100 },
    children: text.split('\n').map(
      (line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, italics: options.italic, bold: options.bold, color: options.muted ? '495057' : undefined, size: options.size }),
    ),
  });

export const pageBreak = () => new Paragraph({ children: [new PageBreak()] });

/** « Label : value » lines. */
export const fields = (pairs: [string, string][]) =>
  pairs.map(([label, value]) => new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${label} : `, bold: true, color: '495057' }), new TextRun(value || '—')] }));

const cell = (text: string, options: { header?: boolean; align?: 'left' | 'right'; width: number }) =>
  new TableCell({
    width: { size: options.width, type: WidthType.PERCENTAGE },
    shading: options.header ? { type: ShadingType.CLEAR, fill: 'E7F5FF', color: 'auto' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ alignment: options.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold: options.header, size: 18 })] })],
  });

/** A Word table with a header row repeated on each page. */
export function table<T>(columns: ReportColumn<T>[], rows: T[], empty = 'Aucune.'): Block[] {
  if (rows.length === 0) return [paragraph(empty, { italic: true, muted: true })];
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => Math.round((c.width / total) * 100));
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'CED4DA' };
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      rows: [
        new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c.title, { header: true, width: widths[i]! })) }),
        ...rows.map((row) => new TableRow({ cantSplit: true, children: columns.map((c, i) => cell(c.value(row), { align: c.align, width: widths[i]! })) })),
      ],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

/** The chart as a PNG (twice its size, for print), its description as alt text. */
export function chart(c: Chart): Block {
  const png = new Resvg(c.svg, {
    fitTo: { mode: 'width', value: c.width * 2 },
    font: { fontFiles: [FONTS.body, FONTS.bold], loadSystemFonts: false, defaultFontFamily: FONT },
    background: 'white',
  })
    .render()
    .asPng();
  const width = Math.min(PAGE_PX, c.width);
  return new Paragraph({
    spacing: { after: 160 },
    children: [new ImageRun({ type: 'png', data: png, transformation: { width, height: Math.round((c.height * width) / c.width) }, altText: { name: 'Graphique', title: 'Graphique', description: c.description } })],
  });
}

/** Cover: logo, collectivité, kind, title, details, generation line; then a page break. */
export function cover(header: ReportHeader): Block[] {
  const blocks: Block[] = [];
  if (header.logo) {
    const type = header.logo[0] === 0x89 ? 'png' : 'jpg';
    blocks.push(new Paragraph({ children: [new ImageRun({ type, data: header.logo, transformation: { width: 160, height: 90 }, altText: { name: 'Logo', description: `Logo de ${header.organizationName}` } })] }));
  }
  blocks.push(
    paragraph(header.organizationName, { bold: true, muted: true, size: 28 }),
    new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: header.kindLabel, size: 32, color: '1864AB' })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: header.title })] }),
    ...header.details.map((line) => paragraph(line, { muted: true })),
    paragraph(`Généré le ${frDateTime(header.generatedAt)} par ${header.generatedBy}, avec les informations auxquelles cette personne a accès.`, { muted: true, size: 18 }),
    pageBreak(),
  );
  return blocks;
}

/** The whole document: one A4 section, DejaVu Sans everywhere, footer with date and page numbers. */
export async function packDocx(header: ReportHeader, children: Block[]): Promise<Buffer> {
  const { regular, bold } = fonts();
  const footer = new Footer({
    children: [
      new Paragraph({
        children: [
          new TextRun({ text: `${header.organizationName} — ${header.kindLabel} — généré le ${frDateTime(header.generatedAt)}    `, size: 16, color: '495057' }),
          new TextRun({ children: ['Page ', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 16, color: '495057' }),
        ],
      }),
    ],
  });
  const document = new Document({
    title: `${header.kindLabel} — ${header.title}`,
    creator: 'Pilotis',
    description: header.organizationName,
    fonts: [{ name: FONT, data: regular, bold }],
    styles: {
      default: {
        document: { run: { font: FONT, size: 20, language: { value: 'fr-FR' } } },
        heading1: { run: { font: FONT, size: 30, bold: true, color: '1864AB' } },
        heading2: { run: { font: FONT, size: 26, bold: true } },
        heading3: { run: { font: FONT, size: 22, bold: true } },
        title: { run: { font: FONT, size: 44, bold: true } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: { default: footer },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
