import type { BudgetNature, ProjectStage } from '@pilotis/shared';

/**
 * The demo's « Portefeuille DSI 2026–2028 »: eight projects at every stage of the lifecycle, some
 * serving objectives of the plan de mandat or of the feuille de route numérique (by node title).
 */
export interface DemoProject {
  code: string;
  title: string;
  programme: 0 | 1;
  stage: ProjectStage;
  unit: string;
  sponsorName: string;
  benefits: string;
  risks: string;
  startsOn: string;
  endsOn: string;
  costs: [year: number, nature: BudgetNature, euros: number][];
  fte: [year: number, unit: string, fte: number][];
  objectives: string[];
  /** Scores of the five criteria, in their order; none for a request not yet evaluated. */
  scores?: [number, number, number, number, number];
  milestones?: [title: string, dueOn: string, doneOn: string | null][];
  progress?: number;
  closing?: { outcome: string; lessons: string };
  requestedByReader?: boolean;
}

export const DEMO_PORTFOLIO = {
  name: 'Portefeuille DSI 2026–2028',
  description: 'Les projets numériques de la Ville : demandes des services, arbitrage en comité numérique, feuille de route.',
  programmes: ['Services aux usagers', 'Socle technique et sécurité'],
  startYear: 2026,
  endYear: 2028,
  criteria: [
    { name: 'Alignement stratégique', weight: 3, scaleMin: 0, scaleMax: 4, kind: 'alignment' as const },
    { name: 'Valeur pour les usagers', weight: 3, scaleMin: 0, scaleMax: 5, kind: 'manual' as const },
    { name: 'Urgence', weight: 2, scaleMin: 0, scaleMax: 5, kind: 'manual' as const },
    { name: 'Obligation réglementaire', weight: 2, scaleMin: 0, scaleMax: 5, kind: 'manual' as const },
    { name: 'Risque', weight: 1, scaleMin: 1, scaleMax: 5, kind: 'manual' as const },
  ],
  /** Budget voted per year: investment, operating (euros). */
  budget: [400_000, 90_000] as const,
  /** FTE each unit can give the portfolio's projects, every year. */
  fte: [['Direction des ressources et des moyens', 2.5], ['Service urbanisme', 0.5], ['Service petite enfance', 0.5]] as [string, number][],
};

const DRM = 'Direction des ressources et des moyens';

export const DEMO_PROJECTS: DemoProject[] = [
  {
    code: 'DSI-2026-001', title: 'Renouvellement de la téléphonie', programme: 1, stage: 'closed', unit: DRM, sponsorName: 'DGS',
    benefits: 'Téléphonie IP, coûts de communication divisés par deux', risks: 'Coupures pendant la bascule',
    startsOn: '2026-01-05', endsOn: '2026-06-30', costs: [[2026, 'investment', 45_000]], fte: [[2026, DRM, 0.3]], objectives: [],
    scores: [1, 3, 4, 1, 2], progress: 100,
    closing: { outcome: 'Bascule faite en juin, 320 postes, sans coupure de plus d’une heure.', lessons: 'Former les standardistes avant la bascule, pas après.' },
  },
  {
    code: 'DSI-2026-002', title: 'Gestion électronique du courrier et parapheur', programme: 0, stage: 'in_progress', unit: 'Service finances', sponsorName: 'Directrice des ressources',
    benefits: 'Courrier suivi de bout en bout, délais de réponse mesurés', risks: 'Adhésion des services',
    startsOn: '2026-02-01', endsOn: '2027-06-30', costs: [[2026, 'investment', 80_000], [2027, 'operating', 15_000]], fte: [[2026, DRM, 0.8], [2027, DRM, 0.4]],
    objectives: ['Dématérialisation des démarches'], scores: [3, 4, 3, 3, 3], progress: 35,
    milestones: [['Choix de la solution', '2026-04-15', '2026-04-10'], ['Pilote au service finances', '2026-10-31', null], ['Généralisation', '2027-05-31', null]],
  },
  {
    code: 'DSI-2026-003', title: 'Centre de supervision de la sécurité', programme: 1, stage: 'in_progress', unit: DRM, sponsorName: 'DGS',
    benefits: 'Attaques détectées en moins d’une heure', risks: 'Dépendance au prestataire',
    startsOn: '2026-03-01', endsOn: '2028-12-31', costs: [[2026, 'investment', 60_000], [2027, 'operating', 40_000], [2028, 'operating', 40_000]], fte: [[2026, DRM, 0.5], [2027, DRM, 0.3], [2028, DRM, 0.3]],
    objectives: ['Cybersécurité'], scores: [3, 2, 5, 4, 4], progress: 20,
    milestones: [['Audit de sécurité', '2026-05-31', '2026-05-20'], ['Supervision 24 h/24', '2027-01-31', null]],
  },
  {
    code: 'DSI-2026-004', title: 'Wifi dans les écoles', programme: 0, stage: 'approved', unit: 'Service petite enfance', sponsorName: 'Élise Élue',
    benefits: 'Usages pédagogiques numériques dans les 12 écoles', risks: 'Travaux en site occupé',
    startsOn: '2026-07-01', endsOn: '2027-08-31', costs: [[2026, 'investment', 120_000], [2027, 'investment', 60_000]], fte: [[2026, DRM, 0.6], [2026, 'Service petite enfance', 0.2]],
    objectives: ['Écoles numériques', 'Donner sa place à la jeunesse'], scores: [4, 4, 3, 1, 3],
    milestones: [['Écoles élémentaires équipées', '2026-12-18', null]],
  },
  {
    code: 'DSI-2026-005', title: 'Portail citoyen et prise de rendez-vous', programme: 0, stage: 'arbitration', unit: 'Direction de la cohésion sociale', sponsorName: 'Maire adjoint à la démocratie locale',
    benefits: 'Démarches en ligne 24 h/24, moins d’attente à l’accueil', risks: 'Intégration avec les logiciels métiers',
    startsOn: '2027-01-04', endsOn: '2027-12-17', costs: [[2027, 'investment', 150_000], [2028, 'operating', 25_000]], fte: [[2027, DRM, 1.2]],
    objectives: ['Relation usager', 'Associer les habitants aux décisions'], scores: [4, 5, 3, 2, 3],
  },
  {
    code: 'DSI-2026-006', title: 'Capteurs d’énergie dans les bâtiments', programme: 1, stage: 'arbitration', unit: 'Service urbanisme', sponsorName: 'Directeur de l’aménagement',
    benefits: 'Consommations suivies au jour, 10 % d’économie visée', risks: 'Qualité des données des capteurs',
    startsOn: '2026-09-01', endsOn: '2027-06-30', costs: [[2026, 'investment', 200_000], [2027, 'operating', 12_000]], fte: [[2026, DRM, 1], [2026, 'Service urbanisme', 0.5]],
    objectives: ['Rénover le patrimoine bâti communal', 'Sobriété et numérique responsable'], scores: [4, 2, 3, 4, 2],
  },
  {
    code: 'DSI-2026-007', title: 'Inventaire des arbres dans le SIG', programme: 0, stage: 'evaluation', unit: 'Direction de l’aménagement et du cadre de vie', sponsorName: 'Service espaces verts',
    benefits: 'Patrimoine arboré connu, élagage planifié', risks: 'Temps de relevé sur le terrain',
    startsOn: '2027-03-01', endsOn: '2027-11-30', costs: [[2027, 'investment', 30_000]], fte: [[2027, DRM, 0.2], [2027, 'Service urbanisme', 0.3]],
    objectives: ['Renaturer la ville', 'Système d’information géographique'], scores: [3, 2, 2, 1, 4],
  },
  {
    code: 'DSI-2026-008', title: 'Ouverture des données de la Ville', programme: 0, stage: 'request', unit: 'Service finances', sponsorName: 'Louis Lecteur',
    benefits: 'Budgets et équipements publiés en open data', risks: 'Données personnelles à écarter',
    startsOn: '2027-01-04', endsOn: '2027-09-30', costs: [[2027, 'operating', 8_000]], fte: [[2027, DRM, 0.2]],
    objectives: ['Données et open data'], requestedByReader: true,
  },
];
