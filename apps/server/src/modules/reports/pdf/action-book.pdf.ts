import { categoryLabels, weatherLabels, type ActionBookData, type FicheData } from '../report-data.js';
import { frDate, frMoney, frPercent } from '../report-format.js';
import { PdfWriter, plainText } from './pdf-writer.js';

/** « En cours — en retard »; the category only when the collectivité's label does not already say it. */
function statusText(fiche: FicheData) {
  const category = categoryLabels[fiche.status.category].toLowerCase();
  // « Terminé » says « terminée », « En cours » says « en cours »: compared without the plural or feminine ending.
  const label = fiche.status.label.toLowerCase().startsWith(category.replace(/e?s?$/, '')) ? fiche.status.label : `${fiche.status.label} (${category})`;
  return `${label}${fiche.late ? ' — en retard' : ''}`;
}

function datesText({ startsOn, endsOn }: FicheData) {
  if (startsOn && endsOn) return `du ${frDate(startsOn)} au ${frDate(endsOn)}`;
  if (startsOn) return `à partir du ${frDate(startsOn)}`;
  if (endsOn) return `jusqu’au ${frDate(endsOn)}`;
  return '—';
}

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
    ['Statut', statusText(fiche)],
    ['Météo', fiche.weather ? weatherLabels[fiche.weather] : '—'],
    ['Avancement', frPercent(fiche.progress)],
    ['Dates', datesText(fiche)],
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
