import type { IndicatorDirection, IndicatorKind, MeasureSource, Periodicity, Visibility } from '@pilotis/shared';
import { AMENAGEMENT, DG, MOYENS, PETITE_ENFANCE, RH, URBANISME, VOIRIE } from './demo-plan-spec.js';

/**
 * One demo indicator and how its figures went: a straight line from `from` to `to` over the
 * periods measured, plus a seasonal swing and some noise. Targets go from `target[0]` to
 * `target[1]` over the same periods and carry on a year beyond (a band is target ± `band`).
 */
export interface DemoIndicatorSpec {
  code: string;
  name: string;
  description: string;
  unit: string;
  decimals: number;
  direction: IndicatorDirection;
  periodicity: Periodicity;
  kind: IndicatorKind;
  owner: string;
  visibility?: Visibility;
  pilot?: 'pilot' | 'admin';
  source: string;
  method: string;
  formula?: string;
  requiresValidation?: boolean;
  measureSource?: MeasureSource;
  /** How many completed periods have figures; the last one is left blank when `lastMissing`. */
  periods?: number;
  lastMissing?: boolean;
  /** The last figure is a draft waiting for the owning unit. */
  lastDraft?: boolean;
  series?: { from: number; to: number; seasonal?: number; noise?: number };
  target?: [number, number];
  band?: number;
  /** Titles of the plan nodes and fiches actions it is linked to (a leading « * » is not part of a title). */
  nodes: string[];
  actions: string[];
}

export const DEMO_INDICATORS: DemoIndicatorSpec[] = [
  {
    code: 'DECH-TONNES',
    name: 'Tonnage de déchets ménagers collectés',
    description: 'Ordures ménagères résiduelles et collecte sélective, hors déchèterie.',
    unit: 't',
    decimals: 0,
    direction: 'lower',
    periodicity: 'monthly',
    kind: 'activity',
    owner: VOIRIE,
    source: 'Logiciel de pesée du prestataire de collecte (export mensuel)',
    method: 'Somme des pesées des bennes au quai de transfert.',
    measureSource: 'import',
    series: { from: 1060, to: 965, seasonal: 45, noise: 20 },
    nodes: [],
    actions: [],
  },
  {
    code: 'POP-DESSERVIE',
    name: 'Population desservie par la collecte',
    description: 'Population municipale INSEE, actualisée des nouveaux logements livrés.',
    unit: 'habitants',
    decimals: 0,
    direction: 'higher',
    periodicity: 'monthly',
    kind: 'activity',
    owner: VOIRIE,
    source: 'INSEE et service urbanisme (logements livrés)',
    method: 'Population légale + 2,2 habitants par logement livré depuis.',
    measureSource: 'import',
    series: { from: 48_150, to: 48_620, noise: 15 },
    nodes: [],
    actions: [],
  },
  {
    code: 'DECH-HAB',
    name: 'Déchets ménagers collectés par habitant',
    description: 'Calculé chaque mois à partir du tonnage collecté et de la population desservie.',
    unit: 'kg/hab',
    decimals: 1,
    direction: 'lower',
    periodicity: 'monthly',
    kind: 'result',
    owner: VOIRIE,
    pilot: 'pilot',
    source: 'Calcul Pilotis',
    method: 'Tonnage collecté ÷ population desservie × 1 000.',
    formula: '[DECH-TONNES] / [POP-DESSERVIE] * 1000',
    target: [22, 19.5],
    nodes: ['Tendre vers le zéro déchet'],
    actions: ['Généraliser le compostage de quartier', 'Ouvrir une ressourcerie avec l’intercommunalité'],
  },
  {
    code: 'DELAI-DEMANDES',
    name: 'Délai moyen de traitement des demandes des usagers',
    description: 'Demandes reçues par le portail, le courrier et l’accueil, de la réception à la réponse.',
    unit: 'jours',
    decimals: 1,
    direction: 'lower',
    periodicity: 'monthly',
    kind: 'result',
    owner: DG,
    source: 'Outil de gestion de la relation usager (envoi automatique par l’API)',
    method: 'Moyenne des délais des demandes clôturées dans le mois.',
    measureSource: 'api',
    series: { from: 11, to: 15.5, noise: 1.2 },
    target: [12, 8],
    nodes: ['Relation usager'],
    actions: [],
  },
  {
    code: 'DEMAT-PART',
    name: 'Part des démarches réalisées en ligne',
    description: 'Démarches déposées en ligne sur l’ensemble des démarches reçues.',
    unit: '%',
    decimals: 1,
    direction: 'higher',
    periodicity: 'monthly',
    kind: 'result',
    owner: DG,
    pilot: 'admin',
    source: 'Portail citoyen et registre de l’accueil',
    method: 'Démarches en ligne ÷ démarches reçues × 100.',
    measureSource: 'api',
    lastMissing: true,
    series: { from: 31, to: 58, noise: 2 },
    target: [30, 60],
    nodes: ['Dématérialisation des démarches'],
    actions: ['Ouvrir le portail citoyen des démarches en ligne', 'Raccorder le portail citoyen à FranceConnect'],
  },
  {
    code: 'FIBRE-COUV',
    name: 'Taux de couverture fibre des bâtiments municipaux',
    description: 'Bâtiments municipaux raccordés à la fibre optique sur l’ensemble des bâtiments occupés.',
    unit: '%',
    decimals: 0,
    direction: 'higher',
    periodicity: 'quarterly',
    kind: 'result',
    owner: MOYENS,
    source: 'Inventaire du patrimoine et suivi des raccordements',
    method: 'Bâtiments raccordés ÷ bâtiments occupés × 100, au dernier jour du trimestre.',
    series: { from: 38, to: 71, noise: 1.5 },
    target: [40, 95],
    nodes: ['Infrastructures et réseaux'],
    actions: ['Raccorder tous les bâtiments municipaux à la fibre optique', 'Raccorder les écoles au très haut débit'],
  },
  {
    code: 'ENERGIE-BAT',
    name: 'Consommation énergétique des bâtiments communaux',
    description: 'Électricité, gaz et réseau de chaleur des bâtiments communaux, corrigés du climat.',
    unit: 'MWh',
    decimals: 0,
    direction: 'lower',
    periodicity: 'quarterly',
    kind: 'impact',
    owner: URBANISME,
    pilot: 'pilot',
    requiresValidation: true,
    lastDraft: true,
    source: 'Factures des fournisseurs d’énergie (plateforme de suivi des fluides)',
    method: 'Somme des consommations facturées du trimestre, corrigée des degrés-jours unifiés.',
    series: { from: 4300, to: 3900, seasonal: 900, noise: 60 },
    target: [4300, 3500],
    nodes: ['Rénover le patrimoine bâti communal', 'Sobriété et numérique responsable'],
    actions: ['Rénover énergétiquement le groupe scolaire Jean-Jaurès', 'Remplacer l’éclairage public par des luminaires LED pilotables'],
  },
  {
    code: 'CRECHE-OCCUP',
    name: 'Taux d’occupation des crèches municipales',
    description: 'Heures facturées sur heures d’ouverture des places agréées.',
    unit: '%',
    decimals: 1,
    direction: 'band',
    periodicity: 'quarterly',
    kind: 'activity',
    owner: PETITE_ENFANCE,
    source: 'Logiciel de gestion des crèches',
    method: 'Heures réalisées ÷ heures théoriques × 100 (objectif CAF : entre 85 % et 95 %).',
    series: { from: 81, to: 90, seasonal: 3, noise: 1.5 },
    target: [90, 90],
    band: 5,
    nodes: ['Offrir un accueil de qualité aux tout-petits'],
    actions: [],
  },
  {
    code: 'ABSENTEISME',
    name: 'Taux d’absentéisme des agents',
    description: 'Jours d’absence pour maladie ordinaire et accident du travail, rapportés aux jours travaillés.',
    unit: '%',
    decimals: 1,
    direction: 'lower',
    periodicity: 'quarterly',
    kind: 'result',
    owner: RH,
    visibility: 'unit',
    source: 'Système d’information des ressources humaines',
    method: 'Jours d’absence ÷ jours ouvrés théoriques × 100.',
    series: { from: 7.2, to: 8.4, seasonal: 0.6, noise: 0.3 },
    target: [6.5, 6],
    nodes: [],
    actions: [],
  },
  {
    code: 'VELO-KM',
    name: 'Linéaire d’aménagements cyclables',
    description: 'Pistes et bandes cyclables, voies vertes et double-sens cyclables en service.',
    unit: 'km',
    decimals: 1,
    direction: 'higher',
    periodicity: 'half-yearly',
    kind: 'result',
    owner: VOIRIE,
    pilot: 'pilot',
    source: 'Système d’information géographique de la commune',
    method: 'Longueur des tronçons cyclables en service au dernier jour du semestre.',
    series: { from: 24, to: 37, noise: 0.4 },
    target: [25, 38],
    nodes: ['Développer les mobilités douces'],
    actions: ['Créer un réseau cyclable continu entre les quartiers'],
  },
  {
    code: 'GES-PATRIMOINE',
    name: 'Émissions de gaz à effet de serre du patrimoine communal',
    description: 'Bâtiments, éclairage public et flotte de véhicules (scopes 1 et 2).',
    unit: 'tCO2e',
    decimals: 0,
    direction: 'lower',
    periodicity: 'yearly',
    kind: 'impact',
    owner: AMENAGEMENT,
    visibility: 'public',
    source: 'Bilan des émissions de gaz à effet de serre (méthode ADEME)',
    method: 'Consommations × facteurs d’émission de la Base Empreinte.',
    periods: 4,
    lastMissing: true,
    series: { from: 5200, to: 4650, noise: 40 },
    target: [5200, 4400],
    nodes: ['Réduire l’empreinte carbone de la commune'],
    actions: ['Installer des panneaux photovoltaïques sur les toitures municipales'],
  },
  {
    code: 'ARBRES-PLANTES',
    name: 'Arbres plantés depuis le début du mandat',
    description: 'Cumul des arbres plantés sur l’espace public et dans les équipements.',
    unit: 'arbres',
    decimals: 0,
    direction: 'higher',
    periodicity: 'yearly',
    kind: 'activity',
    owner: VOIRIE,
    visibility: 'public',
    source: 'Inventaire du patrimoine arboré',
    method: 'Cumul au 31 décembre.',
    periods: 3,
    series: { from: 420, to: 1650, noise: 30 },
    target: [700, 2100],
    nodes: ['Renaturer la ville'],
    actions: ['Planter 5 000 arbres d’ici 2032'],
  },
];
