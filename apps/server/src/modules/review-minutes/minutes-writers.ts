/**
 * The minutes writers behind one dynamic import, like reports/report-writers.ts: pdfkit and docx
 * load with the first document a process writes, not at start-up.
 */
export { minutesDocx } from './minutes.docx.js';
export { minutesPdf } from './minutes.pdf.js';
