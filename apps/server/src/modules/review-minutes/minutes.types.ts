import type { ReportHeader } from '../reports/report-data.js';

/**
 * Everything the « relevé de conclusions » shows, as plain French text gathered once: the PDF
 * and the Word writers only lay it out (they never query nor decide anything).
 */
export interface MinutesDecision {
  text: string;
  /** The effect on the fiche in words, null for a decision without effect. */
  effect: string | null;
  /** « Appliquée le 2 mars 2026 », « Non appliquée »; null without effect. */
  applied: string | null;
}

export interface MinutesItem {
  /** « 1.2.3 Rénover les écoles », an indicator « ENERGIE Consommation », or a free topic. */
  heading: string;
  /** « Fiche action — en retard, sans pilote » */
  context: string;
  /** Journal Markdown subset, printed as plain text. */
  notes: string;
  decisions: MinutesDecision[];
}

export interface MinutesData {
  header: ReportHeader;
  /** Label: value lines of the meeting (instance, date, time, place, status). */
  meeting: [string, string][];
  /** Présents, Excusés, Absents…: only groups with someone in them. */
  attendees: { label: string; names: string[] }[];
  items: MinutesItem[];
  changes: {
    /** « Depuis la revue du 12 janvier 2026 », or the first review of the series. */
    intro: string;
    sections: { title: string; lines: string[] }[];
  };
  /** « 4 mai 2026 », or null when unknown. */
  nextDate: string | null;
}
