import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Chart } from '../report-charts.js';
import { FONTS } from './pdf-fonts.js';
import type { ReportColumn, ReportHeader } from '../report-data.js';
import { frDateTime } from '../report-format.js';

/**
 * A thin layer over pdfkit for the reports: DejaVu Sans embedded (French typography: the narrow
 * no-break spaces of `1 234,5 €` and `45 %`, « », accents render in every viewer), headings,
 * paragraphs, tables that break across pages with their header repeated, vector charts, and
 * « Page n / N » with the generation date on every page once the document is complete.
 */
export { FONTS } from './pdf-fonts.js';

const MARGIN = 50;
const FOOTER = 36;
export const colours = { text: '#212529', muted: '#495057', rule: '#ced4da', accent: '#1864ab', headerFill: '#e7f5ff', late: '#c92a2a' };

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;

  constructor(private readonly header: ReportHeader) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER },
      bufferPages: true,
      lang: 'fr-FR',
      displayTitle: true,
      info: { Title: `${header.kindLabel} — ${header.title}`, Author: header.organizationName, Creator: 'Pilotis' },
    });
    this.doc.registerFont('body', FONTS.body);
    this.doc.registerFont('bold', FONTS.bold);
    this.doc.registerFont('italic', FONTS.italic);
    this.doc.font('body').fontSize(10).fillColor(colours.text);
  }

  get width() {
    return this.doc.page.width - MARGIN * 2;
  }

  private get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** A new page when less than `height` points are left on this one. */
  ensureSpace(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  newPage() {
    this.doc.addPage();
  }

  /** Cover: logo, collectivité, kind of report, title, period and filters, generation date. */
  cover() {
    const { doc, header } = this;
    if (header.logo) {
      try {
        doc.image(header.logo, MARGIN, MARGIN, { fit: [160, 90] });
      } catch {
        // A logo pdfkit cannot decode is left out rather than failing the report.
      }
    }
    doc.y = MARGIN + 110;
    doc.font('bold').fontSize(14).fillColor(colours.muted).text(header.organizationName, { width: this.width });
    doc.moveDown(2);
    doc.font('body').fontSize(16).fillColor(colours.accent).text(header.kindLabel, { width: this.width });
    doc.moveDown(0.4);
    doc.font('bold').fontSize(24).fillColor(colours.text).text(header.title, { width: this.width });
    doc.moveDown(1);
    doc.font('body').fontSize(11).fillColor(colours.muted);
    for (const line of header.details) doc.text(line, { width: this.width });
    doc.moveDown(2);
    doc.fontSize(10).text(`Généré le ${frDateTime(header.generatedAt)} par ${header.generatedBy}, avec les informations auxquelles cette personne a accès.`, { width: this.width });
    doc.fillColor(colours.text);
  }

  /** Top of a one-page document (a fiche, an indicator): logo, collectivité, kind, generation date. */
  banner() {
    const { doc, header } = this;
    let textX = MARGIN;
    if (header.logo) {
      try {
        doc.image(header.logo, MARGIN, MARGIN, { fit: [90, 45] });
        textX = MARGIN + 100;
      } catch {
        // Left out, as on the cover.
      }
    }
    const width = this.width - (textX - MARGIN);
    doc.font('bold').fontSize(11).fillColor(colours.muted).text(header.organizationName, textX, MARGIN, { width });
    doc.font('body').fontSize(10).fillColor(colours.accent).text(header.kindLabel, textX, doc.y, { width });
    doc.font('body').fontSize(8).fillColor(colours.muted).text(`Généré le ${frDateTime(header.generatedAt)} par ${header.generatedBy}`, textX, doc.y, { width });
    doc.y = Math.max(doc.y, MARGIN + 50) + 6;
    doc.moveTo(MARGIN, doc.y).lineTo(MARGIN + this.width, doc.y).lineWidth(0.5).strokeColor(colours.rule).stroke();
    doc.x = MARGIN;
    doc.y += 10;
    doc.font('body').fontSize(10).fillColor(colours.text);
  }

  /** A heading, kept on the same page as the first `keepWith` points of what follows it. */
  heading(text: string, level: 1 | 2 | 3 = 1, keepWith = 60) {
    const size = level === 1 ? 16 : level === 2 ? 13 : 11;
    this.ensureSpace(size * 3 + keepWith);
    if (this.doc.y > this.doc.page.margins.top + 1) this.doc.moveDown(level === 1 ? 1 : 0.6);
    this.doc.font('bold').fontSize(size).fillColor(level === 1 ? colours.accent : colours.text).text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
    this.doc.font('body').fontSize(10).fillColor(colours.text);
  }

  paragraph(text: string, options: { muted?: boolean; italic?: boolean; size?: number } = {}) {
    if (!text.trim()) return;
    this.doc
      .font(options.italic ? 'italic' : 'body')
      .fontSize(options.size ?? 10)
      .fillColor(options.muted ? colours.muted : colours.text);
    this.ensureSpace(Math.min(this.doc.heightOfString(text, { width: this.width }), 60));
    this.doc.text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.4);
    this.doc.font('body').fontSize(10).fillColor(colours.text);
  }

  /** Label: value lines, two columns of text. */
  fields(pairs: [string, string][]) {
    const labelWidth = 130;
    for (const [label, value] of pairs) {
      this.doc.font('body').fontSize(10);
      const height = Math.max(this.doc.heightOfString(value || '—', { width: this.width - labelWidth }), 12);
      this.ensureSpace(height + 2);
      const y = this.doc.y;
      this.doc.font('bold').fillColor(colours.muted).text(label, MARGIN, y, { width: labelWidth - 8 });
      this.doc.font('body').fillColor(colours.text).text(value || '—', MARGIN + labelWidth, y, { width: this.width - labelWidth });
      this.doc.y = Math.max(this.doc.y, y + height) + 2;
    }
    this.doc.moveDown(0.3);
  }

  /** A table whose widths are shares of the page width; rows never split, the header repeats on each page. */
  table<T>(columns: ReportColumn<T>[], rows: T[], empty = 'Aucune.') {
    const { doc } = this;
    if (rows.length === 0) return this.paragraph(empty, { muted: true, italic: true });
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const pad = 3;
    const drawRow = (cells: string[], bold: boolean, fill?: string) => {
      doc.font(bold ? 'bold' : 'body').fontSize(9);
      const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - pad * 2 }))) + pad * 2;
      if (doc.y + height > this.bottom) {
        doc.addPage();
        if (!bold) drawRow(columns.map((c) => c.title), true, colours.headerFill);
        doc.font('body').fontSize(9);
      }
      const y = doc.y;
      if (fill) doc.rect(MARGIN, y, this.width, height).fill(fill);
      doc.fillColor(colours.text);
      let x = MARGIN;
      cells.forEach((cell, i) => {
        doc.text(cell, x + pad, y + pad, { width: widths[i]! - pad * 2, align: columns[i]!.align ?? 'left' });
        x += widths[i]!;
      });
      doc.moveTo(MARGIN, y + height).lineTo(MARGIN + this.width, y + height).lineWidth(0.5).strokeColor(colours.rule).stroke();
      doc.x = MARGIN;
      doc.y = y + height;
    };
    this.ensureSpace(40);
    drawRow(columns.map((c) => c.title), true, colours.headerFill);
    for (const row of rows) drawRow(columns.map((c) => c.value(row)), false);
    doc.font('body').fontSize(10).moveDown(0.6);
  }

  /** A heading and its chart, never split by a page break. */
  headedChart(title: string, level: 1 | 2 | 3, chart: Chart) {
    this.heading(title, level, this.chartHeight(chart) + 10);
    this.chart(chart);
  }

  private chartHeight(chart: Chart, maxWidth = this.width) {
    return chart.height * Math.min(1, maxWidth / chart.width);
  }

  /** A chart as vectors, scaled to the page width when wider; on the next page if it does not fit. */
  chart(chart: Chart, maxWidth = this.width) {
    const scale = Math.min(1, maxWidth / chart.width);
    const height = this.chartHeight(chart, maxWidth);
    this.ensureSpace(height + 10);
    const y = this.doc.y;
    SVGtoPDF(this.doc, chart.svg, MARGIN, y, {
      width: chart.width * scale,
      height,
      assumePt: true,
      fontCallback: (_family: string, bold: boolean) => (bold ? 'bold' : 'body'),
    });
    this.doc.x = MARGIN;
    this.doc.y = y + height + 8;
    this.doc.font('body').fontSize(10).fillColor(colours.text);
  }

  /** Footer of every page: the collectivité and the kind of report, generation date, « Page n / N ». */
  private footers() {
    const { doc, header } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      // Writing below the bottom margin would make pdfkit open a new page.
      const bottomMargin = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      const y = doc.page.height - MARGIN - 10;
      doc.moveTo(MARGIN, y - 6).lineTo(MARGIN + this.width, y - 6).lineWidth(0.5).strokeColor(colours.rule).stroke();
      doc.font('body').fontSize(8).fillColor(colours.muted);
      doc.text(`${header.organizationName} — ${header.kindLabel} — généré le ${frDateTime(header.generatedAt)}`, MARGIN, y, { width: this.width - 90, lineBreak: false, ellipsis: true });
      doc.text(`Page ${i - range.start + 1} / ${range.count}`, MARGIN + this.width - 90, y, { width: 90, align: 'right', lineBreak: false });
      doc.page.margins.bottom = bottomMargin;
    }
  }

  /** Ends the document: footers on every page, then the bytes. */
  async finish(): Promise<Buffer> {
    this.footers();
    const chunks: Buffer[] = [];
    this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<void>((resolve, reject) => {
      this.doc.on('end', resolve);
      this.doc.on('error', reject);
    });
    this.doc.end();
    await done;
    return Buffer.concat(chunks);
  }
}

/** Journal text is a small Markdown subset: printed as plain text (markers dropped, links as « text (url) »). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\s)[*_](\S.*?\S|\S)[*_](?=\s|$|[.,;:!?])/g, '$1$2')
    .replace(/^#+\s*/gm, '')
    .trim();
}
