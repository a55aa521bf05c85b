import { categoryLabels, weatherLabels, type ActionBookData, type FicheData } from '../report-data.js';
import { frDate, frMoney, frPercent } from '../report-format.js';
import { PdfWriter, plainText } from './pdf-writer.js';

/** Who, what state, when: the lines at the top of a printed fiche. */
export function ficheFields(fiche: FicheData): [string, string][] {
  const fields: [string, string][] = [
    ['Axe', fiche.axisPath],
    ['Pilote', fiche.pilot ?? '—'],
  ];
  if (fiche.copilots.length > 0) fields.push(['Copilotes', fiche.copilots.join(', ')]);
  if (fiche.elu) fields.push(['Élu·e référent·e', fiche.elu]);
  if (fiche.leadUnit) fields.push(['Service pilote', fiche.leadUnit]);
  fields.push(
    ['Statut', `${fiche.status.label} (${categoryLabels[fiche.status.category].toLowerCase()})${fiche.late ? ' — en retard' : ''}`],
    ['Météo', fiche.weather ? weatherLabels[fiche.weather] : '—'],
    ['Avancement', frPercent(fiche.progress)],
    ['Dates', `du ${frDate(fiche.startsOn)} au ${frDate(fiche.endsOn)}`],
  );
  if (fiche.flagship) fields.push(['Projet phare', 'oui']);
  if (fiche.tags.length > 0) fields.push(['Étiquettes', fiche.tags.join(', ')]);
  if (fiche.partners.trim()) fields.push(['Partenaires', fiche.partners]);
  if (fiche.budget) {
    fields.push(['Budget', `prévu ${frMoney(fiche.budget.plannedCents)}, engagé ${frMoney(fiche.budget.committedCents)}, réalisé ${frMoney(fiche.budget.spentCents)}`]);
  }
  return fields;
}

export const milestoneState = (m: FicheData['milestones'][number]) => (m.doneOn ? `atteint le ${frDate(m.doneOn)}` : 'à venir');

/** One fiche: on a new page, except the first of a document without cover. */
function fichePage(writer: PdfWriter, fiche: FicheData, newPage: boolean) {
  if (newPage) writer.newPage();
  writer.heading(`${fiche.code} ${fiche.title}`);
  writer.fields(ficheFields(fiche));
  const texts: [string, string][] = [
    ['Description', fiche.description],
    ['Objectifs', fiche.objectives],
    ['Résultats attendus', fiche.expectedResults],
  ];
  for (const [title, text] of texts) {
    if (!text.trim()) continue;
    writer.heading(title, 3);
    writer.paragraph(plainText(text));
  }
  if (fiche.milestones.length > 0) {
    writer.heading('Jalons', 3);
    writer.table(
      [
        { title: 'Jalon', width: 55, value: (m) => m.title },
        { title: 'Échéance', width: 22, value: (m) => frDate(m.dueOn) },
        { title: 'État', width: 23, value: milestoneState },
      ],
      fiche.milestones,
    );
  }
  if (fiche.logs.length > 0) {
    writer.heading('Derniers points d’avancement', 3);
    for (const log of fiche.logs) {
      writer.paragraph(`${frDate(log.occurredOn)}${log.author ? ` — ${log.author}` : ''}`, { muted: true, size: 9 });
      writer.paragraph(plainText(log.body));
    }
  }
}

/** « Recueil des fiches actions » (or a single fiche): a cover, then one fiche per page or more. */
export async function actionBookPdf(data: ActionBookData, options: { cover: boolean }): Promise<Buffer> {
  const writer = new PdfWriter(data.header);
  if (options.cover) {
    writer.cover();
    if (data.fiches.length === 0) writer.paragraph('Aucune fiche action ne correspond.', { italic: true });
  } else {
    writer.banner();
  }
  data.fiches.forEach((fiche, index) => fichePage(writer, fiche, options.cover || index > 0));
  return writer.finish();
}
