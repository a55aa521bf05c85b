import { fields, heading, packDocx, paragraph, type Block } from '../reports/docx/docx-writer.js';
import { plainText } from '../reports/pdf/pdf-writer.js';
import type { MinutesData } from './minutes.types.js';

/** The « relevé de conclusions » as an editable Word document: same content as the PDF. */
export async function minutesDocx(data: MinutesData): Promise<Buffer> {
  const blocks: Block[] = [heading(`${data.header.kindLabel} — ${data.header.title}`), paragraph(data.header.organizationName, { muted: true, bold: true }), ...fields(data.meeting)];

  blocks.push(heading('Participants', 2));
  if (data.attendees.length === 0) blocks.push(paragraph('Aucun participant renseigné.', { muted: true, italic: true }));
  blocks.push(...fields(data.attendees.map((group): [string, string] => [group.label, group.names.join(', ')])));

  blocks.push(heading('Ordre du jour et décisions', 2));
  if (data.items.length === 0) blocks.push(paragraph('Aucun point à l’ordre du jour.', { muted: true, italic: true }));
  data.items.forEach((item, index) => {
    blocks.push(heading(`${index + 1}. ${item.heading}`, 3), paragraph(item.context, { muted: true, size: 18 }));
    if (item.notes.trim()) blocks.push(paragraph(plainText(item.notes)));
    if (item.decisions.length === 0) blocks.push(paragraph('Pas de décision.', { muted: true, italic: true }));
    for (const decision of item.decisions) {
      blocks.push(paragraph(`Décision : ${decision.text}`, { bold: true }));
      if (decision.effect) blocks.push(paragraph(`${decision.effect} — ${decision.applied}`, { muted: true, size: 18 }));
    }
  });

  blocks.push(heading('Ce qui a changé depuis la dernière revue', 2), paragraph(data.changes.intro, { muted: true }));
  if (data.changes.sections.length === 0) blocks.push(paragraph('Aucun changement.', { italic: true }));
  for (const section of data.changes.sections) {
    blocks.push(heading(section.title, 3), ...section.lines.map((line) => paragraph(`• ${line}`)));
  }

  blocks.push(heading('Prochaine revue', 2), paragraph(data.nextDate ?? 'Date à fixer.'));
  return packDocx(data.header, blocks);
}
