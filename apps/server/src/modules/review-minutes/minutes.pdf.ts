import { PdfWriter, plainText } from '../reports/pdf/pdf-writer.js';
import type { MinutesData } from './minutes.types.js';

/** The « relevé de conclusions » as a PDF: banner, meeting, attendees, agenda with decisions, changes, next date. */
export async function minutesPdf(data: MinutesData): Promise<Buffer> {
  const writer = new PdfWriter(data.header);
  writer.banner();
  writer.heading(`${data.header.kindLabel} — ${data.header.title}`);
  writer.fields(data.meeting);

  writer.heading('Participants', 2);
  if (data.attendees.length === 0) writer.paragraph('Aucun participant renseigné.', { muted: true, italic: true });
  writer.fields(data.attendees.map((group) => [group.label, group.names.join(', ')]));

  writer.heading('Ordre du jour et décisions', 2);
  if (data.items.length === 0) writer.paragraph('Aucun point à l’ordre du jour.', { muted: true, italic: true });
  data.items.forEach((item, index) => {
    writer.heading(`${index + 1}. ${item.heading}`, 3, 30);
    writer.paragraph(item.context, { muted: true, size: 9 });
    if (item.notes.trim()) writer.paragraph(plainText(item.notes));
    if (item.decisions.length === 0) writer.paragraph('Pas de décision.', { muted: true, italic: true });
    for (const decision of item.decisions) {
      writer.paragraph(`Décision : ${decision.text}`);
      if (decision.effect) writer.paragraph(`${decision.effect} — ${decision.applied}`, { muted: true, size: 9 });
    }
  });

  writer.heading('Ce qui a changé depuis la dernière revue', 2);
  writer.paragraph(data.changes.intro, { muted: true });
  if (data.changes.sections.length === 0) writer.paragraph('Aucun changement.', { italic: true });
  for (const section of data.changes.sections) {
    writer.heading(section.title, 3, 24);
    for (const line of section.lines) writer.paragraph(`• ${line}`);
  }

  writer.heading('Prochaine revue', 2);
  writer.paragraph(data.nextDate ?? 'Date à fixer.');
  return writer.finish();
}
