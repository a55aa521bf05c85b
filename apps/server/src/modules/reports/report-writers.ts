/**
 * Every document writer, behind one dynamic import (see render in report-generate.service.ts):
 * pdfkit, docx, ECharts and resvg load with the first report a process makes, not at start-up,
 * where they added megabytes of memory to every instance whether it ever writes a report or not.
 */
export { actionBookDocx } from './docx/action-book.docx.js';
export { planProgressDocx } from './docx/plan-progress.docx.js';
export { actionBookPdf } from './pdf/action-book.pdf.js';
export { indicatorPdf } from './pdf/indicator.pdf.js';
export { planProgressPdf } from './pdf/plan-progress.pdf.js';
