import { readFile } from 'node:fs/promises';
import type { ActionRef, ActionSummary, DashboardRollup, IndicatorTile, Measure, NodeBreakdown, PlanDashboard, StatusCategory, Weather } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import { storedFilePath } from '../files/file-storage.js';
import { findOrganizationHeader } from './report.repository.js';

/**
 * What a document shows, gathered once (as the requesting user) and drawn by the PDF or DOCX
 * writer. Writers receive only these plain values: they never query nor decide visibility.
 */
export interface ReportHeader {
  organizationName: string;
  /** PNG or JPEG bytes of the collectivité's logo, if an admin uploaded one. */
  logo: Buffer | null;
  /** « Rapport d'avancement », « Recueil des fiches actions »… */
  kindLabel: string;
  /** The plan, fiche or indicator name: the document's title. */
  title: string;
  /** Lines under the title: period, filters applied. */
  details: string[];
  generatedAt: Date;
  /** Who generated it (the content is what they may read). */
  generatedBy: string;
}

/** A table column of a report, the same for the PDF and the Word writers (widths in % of the page). */
export interface ReportColumn<T> {
  title: string;
  width: number;
  value: (row: T) => string;
  align?: 'left' | 'right';
}

export interface PlanProgressData {
  header: ReportHeader;
  plan: PlanDashboard['plan'];
  summary: DashboardRollup;
  axes: NodeBreakdown[];
  late: { total: number; items: ActionRef[] };
  stormy: { total: number; items: ActionSummary[] };
  flagships: { total: number; items: ActionRef[] };
  indicators: IndicatorTile[];
}

export interface FicheData {
  code: string;
  title: string;
  /** « 1 Axe — 1.2 Objectif » */
  axisPath: string;
  pilot: string | null;
  copilots: string[];
  elu: string | null;
  leadUnit: string | null;
  status: { label: string; category: StatusCategory };
  weather: Weather | null;
  progress: number;
  startsOn: string | null;
  endsOn: string | null;
  late: boolean;
  flagship: boolean;
  tags: string[];
  description: string;
  objectives: string;
  expectedResults: string;
  partners: string;
  milestones: { title: string; dueOn: string | null; doneOn: string | null }[];
  logs: { occurredOn: string; body: string; author: string | null }[];
  budget: { plannedCents: number; committedCents: number; spentCents: number } | null;
}

export interface ActionBookData {
  header: ReportHeader;
  fiches: FicheData[];
  /** How many fiches matched; more than `fiches.length` when the book was cut at its limit. */
  total: number;
}

export interface IndicatorData {
  header: ReportHeader;
  indicator: {
    code: string;
    name: string;
    description: string;
    unit: string;
    decimals: number;
    direction: 'higher' | 'lower' | 'band';
    periodicity: string;
    source: string;
    method: string;
    ownerUnit: string | null;
    baselinePeriod: string | null;
    baselineValue: number | null;
    formula: string | null;
  };
  measures: Measure[];
}

export type ReportData =
  | { kind: 'plan-progress'; data: PlanProgressData }
  | { kind: 'action-book'; data: ActionBookData }
  | { kind: 'action'; data: ActionBookData }
  | { kind: 'indicator'; data: IndicatorData };

/** The collectivité's name and logo; a logo whose file went missing is simply left out. */
export async function loadOrganizationHeader(ctx: AppContext, organizationId: string) {
  const org = await findOrganizationHeader(ctx.db, { organizationId });
  let logo: Buffer | null = null;
  if (org?.logoStorageKey) {
    logo = await readFile(storedFilePath(ctx.config, org.logoStorageKey)).catch(() => null);
  }
  return { organizationName: org?.name ?? '', logo };
}

export const weatherLabels: Record<Weather, string> = { sunny: 'Ensoleillé', cloudy: 'Nuageux', stormy: 'Orageux' };
export const measureStatusLabels = { on_track: 'En bonne voie', at_risk: 'À surveiller', off_track: 'Hors trajectoire', no_target: 'Sans cible' } as const;
export const periodicityLabels: Record<string, string> = { monthly: 'Mensuelle', quarterly: 'Trimestrielle', 'half-yearly': 'Semestrielle', yearly: 'Annuelle' };
export const directionLabels = { higher: 'Plus c’est haut, mieux c’est', lower: 'Plus c’est bas, mieux c’est', band: 'Dans une fourchette' } as const;
export const categoryLabels: Record<StatusCategory, string> = { not_started: 'À lancer', in_progress: 'En cours', done: 'Terminée', stopped: 'Arrêtée' };
