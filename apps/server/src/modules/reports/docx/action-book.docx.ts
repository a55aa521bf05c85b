import { ficheFields, milestoneState } from '../pdf/action-book.pdf.js';
import { plainText } from '../pdf/pdf-writer.js';
import type { ActionBookData, FicheData } from '../report-data.js';
import { frDate } from '../report-format.js';
import { cover, fields, heading, packDocx, pageBreak, paragraph, table, type Block } from './docx-writer.js';

function ficheBlocks(fiche: FicheData): Block[] {
  const blocks: Block[] = [heading(`${fiche.code} ${fiche.title}`), ...fields(ficheFields(fiche))];
  const texts: [string, string][] = [
    ['Description', fiche.description],
    ['Objectifs', fiche.objectives],
    ['Résultats attendus', fiche.expectedResults],
  ];
  for (const [title, text] of texts) if (text.trim()) blocks.push(heading(title, 3), paragraph(plainText(text)));
  if (fiche.milestones.length > 0) {
    blocks.push(
      heading('Jalons', 3),
      ...table(
        [
          { title: 'Jalon', width: 55, value: (m) => m.title },
          { title: 'Échéance', width: 22, value: (m) => frDate(m.dueOn) },
          { title: 'État', width: 23, value: milestoneState },
        ],
        fiche.milestones,
      ),
    );
  }
  if (fiche.logs.length > 0) {
    blocks.push(heading('Derniers points d’avancement', 3));
    for (const log of fiche.logs) blocks.push(paragraph(`${frDate(log.occurredOn)}${log.author ? ` — ${log.author}` : ''}`, { muted: true, size: 18 }), paragraph(plainText(log.body)));
  }
  return blocks;
}

/** « Recueil des fiches actions » as an editable Word document: a cover, then a page per fiche. */
export async function actionBookDocx(data: ActionBookData): Promise<Buffer> {
  const children: Block[] = [...cover(data.header)];
  if (data.fiches.length === 0) children.push(paragraph('Aucune fiche action ne correspond.', { italic: true }));
  data.fiches.forEach((fiche, index) => {
    if (index > 0) children.push(pageBreak());
    children.push(...ficheBlocks(fiche));
  });
  return packDocx(data.header, children);
}
