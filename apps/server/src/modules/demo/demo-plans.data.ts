/**
 * The demo collectivité's two plans, as its central team would write them. A title starting with
 * "*" is a projet phare (the star is not part of the title). Units are names from the demo org tree.
 */
export interface DemoNodeSpec {
  title: string;
  unit: string;
  children?: DemoNodeSpec[];
  actions?: string[];
  tags?: string[];
}

export interface DemoPlanSpec {
  name: string;
  kind: 'mandate' | 'roadmap';
  description: string;
  startsOn: string;
  endsOn: string;
  levelNames: string[];
  nodes: DemoNodeSpec[];
}

const DG = 'Direction Générale';
const MOYENS = 'Direction des ressources et des moyens';
const FINANCES = 'Service finances';
const RH = 'Service ressources humaines';
const AMENAGEMENT = 'Direction de l’aménagement et du cadre de vie';
const URBANISME = 'Service urbanisme';
const VOIRIE = 'Service voirie et espaces verts';
const COHESION = 'Direction de la cohésion sociale';
const PETITE_ENFANCE = 'Service petite enfance';
const ASSOCIATIONS = 'Service vie associative et sports';

export const MANDATE_PLAN: DemoPlanSpec = {
  name: 'Plan de mandat 2026-2032',
  kind: 'mandate',
  description:
    'Les engagements de l’équipe municipale pour le mandat 2026-2032, déclinés en axes, objectifs stratégiques et objectifs opérationnels. Suivi en comité de pilotage toutes les huit semaines.',
  startsOn: '2026-04-01',
  endsOn: '2032-03-31',
  levelNames: ['Axe', 'Objectif stratégique', 'Objectif opérationnel'],
  nodes: [
    {
      title: 'Une ville engagée dans la transition écologique',
      unit: AMENAGEMENT,
      tags: ['transition écologique'],
      children: [
        {
          title: 'Réduire l’empreinte carbone de la commune',
          unit: AMENAGEMENT,
          children: [
            {
              title: 'Rénover le patrimoine bâti communal',
              unit: URBANISME,
              actions: [
                '*Rénover énergétiquement le groupe scolaire Jean-Jaurès',
                'Installer des panneaux photovoltaïques sur les toitures municipales',
                'Remplacer l’éclairage public par des luminaires LED pilotables',
              ],
            },
            {
              title: 'Développer les mobilités douces',
              unit: VOIRIE,
              actions: [
                '*Créer un réseau cyclable continu entre les quartiers',
                'Installer 200 arceaux vélos et des abris sécurisés en centre-ville',
                'Mettre en place un plan de mobilité employeur pour les agents',
              ],
            },
          ],
        },
        {
          title: 'Préserver la biodiversité et la ressource en eau',
          unit: VOIRIE,
          children: [
            {
              title: 'Renaturer la ville',
              unit: VOIRIE,
              actions: [
                '*Planter 5 000 arbres d’ici 2032',
                'Désimperméabiliser et végétaliser les cours d’école',
                'Créer une ferme urbaine et des jardins partagés',
              ],
            },
            {
              title: 'Économiser l’eau',
              unit: VOIRIE,
              actions: [
                'Récupérer les eaux de pluie pour l’arrosage des équipements sportifs',
                'Généraliser la gestion différenciée des espaces verts sans pesticides',
              ],
            },
          ],
        },
        {
          title: 'Réduire et valoriser les déchets',
          unit: AMENAGEMENT,
          children: [
            {
              title: 'Tendre vers le zéro déchet',
              unit: VOIRIE,
              actions: [
                'Généraliser le compostage de quartier',
                'Supprimer le plastique à usage unique dans la restauration scolaire',
                'Ouvrir une ressourcerie avec l’intercommunalité',
              ],
            },
          ],
        },
      ],
    },
    {
      title: 'Un cadre de vie apaisé et attractif',
      unit: AMENAGEMENT,
      tags: ['cadre de vie'],
      children: [
        {
          title: 'Aménager des espaces publics de qualité',
          unit: URBANISME,
          children: [
            {
              title: 'Requalifier le centre-ville',
              unit: URBANISME,
              actions: [
                '*Requalifier la place du Marché et ses abords',
                'Rendre la rue commerçante piétonne le week-end',
                'Lancer une campagne de ravalement des façades du centre ancien',
              ],
            },
            {
              title: 'Entretenir et rendre accessible la voirie',
              unit: VOIRIE,
              actions: [
                'Programmer la réfection de 15 km de voirie communale',
                'Mettre en accessibilité les arrêts de bus et les traversées piétonnes',
              ],
            },
          ],
        },
        {
          title: 'Assurer la tranquillité publique',
          unit: DG,
          children: [
            {
              title: 'Renforcer la présence de proximité',
              unit: DG,
              actions: [
                'Créer une brigade de police municipale en soirée',
                'Étendre la vidéoprotection aux entrées de ville',
                'Installer le conseil local de sécurité et de prévention de la délinquance',
              ],
            },
            {
              title: 'Apaiser la circulation',
              unit: VOIRIE,
              actions: ['Généraliser la zone 30 dans les quartiers résidentiels', 'Sécuriser les abords des écoles avec des rues scolaires'],
            },
          ],
        },
        {
          title: 'Soutenir le dynamisme local',
          unit: DG,
          children: [
            {
              title: 'Faire vivre le commerce et la culture',
              unit: ASSOCIATIONS,
              actions: [
                'Ouvrir une boutique à l’essai pour relancer le commerce de centre-ville',
                'Rénover la médiathèque et élargir ses horaires d’ouverture',
                'Organiser un festival d’été dans les parcs de la ville',
              ],
            },
          ],
        },
      ],
    },
    {
      title: 'Une ville solidaire, à l’écoute de chaque habitant',
      unit: COHESION,
      tags: ['solidarités'],
      children: [
        {
          title: 'Accompagner les familles et la jeunesse',
          unit: COHESION,
          children: [
            {
              title: 'Offrir un accueil de qualité aux tout-petits',
              unit: PETITE_ENFANCE,
              actions: ['*Ouvrir une crèche de 40 berceaux dans le quartier des Tilleuls', 'Créer un relais petite enfance itinérant'],
            },
            {
              title: 'Donner sa place à la jeunesse',
              unit: ASSOCIATIONS,
              actions: [
                'Créer un conseil municipal des jeunes',
                'Ouvrir un espace jeunesse avec un point information jeunesse',
                'Mettre en place un pass’sport communal pour les 6-18 ans',
              ],
            },
          ],
        },
        {
          title: 'Lutter contre l’isolement et la précarité',
          unit: COHESION,
          children: [
            {
              title: 'Prendre soin des aînés',
              unit: COHESION,
              actions: [
                'Tenir un registre des personnes vulnérables pour les plans canicule et grand froid',
                'Créer une résidence autonomie intergénérationnelle',
                'Organiser des visites de convivialité à domicile avec les bénévoles',
              ],
            },
            {
              title: 'Soutenir les ménages modestes',
              unit: COHESION,
              actions: [
                'Ouvrir une épicerie sociale et solidaire',
                'Appliquer une tarification au quotient familial à tous les services municipaux',
              ],
            },
          ],
        },
        {
          title: 'Faire vivre la démocratie locale',
          unit: DG,
          children: [
            {
              title: 'Associer les habitants aux décisions',
              unit: DG,
              actions: [
                '*Lancer un budget participatif annuel',
                'Créer des conseils de quartier',
                'Rendre compte chaque année de l’avancement du plan de mandat',
                'Ouvrir un guichet unique des subventions aux associations',
              ],
            },
          ],
        },
      ],
    },
  ],
};

export const ROADMAP_PLAN: DemoPlanSpec = {
  name: 'Feuille de route numérique 2026-2030',
  kind: 'roadmap',
  description:
    'La transformation numérique de la collectivité : proximité avec les usagers, équipement et formation des agents, sécurité du système d’information. Douze axes suivis par la direction et présentés aux élus chaque trimestre.',
  startsOn: '2026-01-01',
  endsOn: '2030-12-31',
  levelNames: ['Axe'],
  nodes: [
    {
      title: 'Inclusion numérique',
      unit: COHESION,
      tags: ['inclusion'],
      actions: [
        '*Ouvrir un espace France services numérique en mairie',
        'Recruter deux conseillers numériques',
        'Organiser des ateliers d’initiation au numérique pour les seniors',
        'Distribuer des ordinateurs reconditionnés aux familles modestes',
        'Cartographier les lieux de médiation numérique de la commune',
        'Former les agents d’accueil à l’accompagnement aux démarches en ligne',
        'Mettre en place le pass numérique pour les publics éloignés',
        'Installer des bornes d’accès libre dans les maisons de quartier',
        'Proposer des permanences numériques au centre communal d’action sociale',
        'Créer un réseau des aidants numériques avec les associations',
        'Mesurer l’illectronisme sur le territoire avec un diagnostic partagé',
        'Adapter les supports de communication en facile à lire et à comprendre',
        'Organiser une semaine de l’inclusion numérique chaque année',
        'Accompagner les bénévoles associatifs dans leurs usages numériques',
        'Équiper la médiathèque d’un espace de fabrication numérique',
        'Signer une charte d’accueil numérique avec les partenaires sociaux',
      ],
    },
    {
      title: 'Dématérialisation des démarches',
      unit: DG,
      tags: ['démarches en ligne'],
      actions: [
        '*Ouvrir le portail citoyen des démarches en ligne',
        'Dématérialiser les inscriptions scolaires et périscolaires',
        'Permettre la prise de rendez-vous en ligne pour les titres d’identité',
        'Dématérialiser les demandes d’autorisation d’urbanisme',
        'Mettre en place le paiement en ligne des factures de la collectivité',
        'Dématérialiser les demandes de subventions des associations',
        'Proposer la réservation en ligne des salles municipales',
        'Dématérialiser les demandes d’occupation du domaine public',
        'Déployer la signature électronique des actes administratifs',
        'Généraliser la transmission dématérialisée des actes au contrôle de légalité',
        'Dématérialiser la chaîne comptable de bout en bout',
        'Mettre en place le parapheur électronique pour les élus',
        'Dématérialiser les demandes d’état civil',
        'Proposer l’inscription en ligne aux activités sportives et culturelles',
        'Dématérialiser le dossier de candidature aux logements sociaux',
        'Simplifier les formulaires en ligne avec le programme « Dites-le-nous une fois »',
        'Raccorder le portail citoyen à FranceConnect',
      ],
    },
    {
      title: 'Relation usager',
      unit: DG,
      tags: ['usagers'],
      actions: [
        '*Déployer un outil de gestion de la relation usager multicanal',
        'Mettre en place un numéro unique d’accueil téléphonique',
        'Créer une application mobile de signalement des problèmes sur l’espace public',
        'Refondre le site internet de la ville',
        'Publier des engagements de qualité d’accueil du type Services publics +',
        'Mesurer la satisfaction des usagers après chaque démarche',
        'Mettre en place un suivi des délais de réponse aux courriers et courriels',
        'Créer une lettre d’information numérique mensuelle',
        'Proposer un tchat en ligne aux heures d’ouverture de la mairie',
        'Harmoniser les horaires d’accueil physique et téléphonique',
        'Mettre en place un compte usager unique pour tous les services',
        'Traduire les pages essentielles du site en anglais et en arabe',
        'Installer un système de file d’attente à l’accueil de l’état civil',
        'Former les agents à la gestion des réclamations',
        'Publier un baromètre trimestriel de la relation usager',
      ],
    },
    {
      title: 'Données et open data',
      unit: MOYENS,
      tags: ['données'],
      actions: [
        '*Ouvrir le portail open data de la ville',
        'Nommer un administrateur général des données',
        'Publier le budget primitif et le compte administratif en données ouvertes',
        'Publier les subventions versées aux associations au format du socle commun',
        'Dresser l’inventaire des jeux de données détenus par les services',
        'Rédiger une politique de la donnée et la faire adopter',
        'Mettre en place un entrepôt de données décisionnel',
        'Créer des tableaux de bord de pilotage pour la direction générale',
        'Publier les délibérations en données ouvertes',
        'Partager les données de mobilité avec l’intercommunalité',
        'Former les agents à la qualité des données',
        'Organiser un hackathon autour des données de la ville',
        'Mettre en place un référentiel unique des adresses et des équipements',
        'Publier les marchés publics attribués en données essentielles',
        'Automatiser la mise à jour des jeux de données publiés',
        'Mesurer la réutilisation des données ouvertes',
      ],
    },
    {
      title: 'Cybersécurité',
      unit: MOYENS,
      tags: ['cybersécurité'],
      actions: [
        '*Réaliser un audit de sécurité du système d’information',
        'Mettre en place la double authentification pour tous les comptes',
        'Déployer un outil de détection et de réponse sur les postes de travail',
        'Rédiger le plan de continuité et de reprise d’activité',
        'Organiser un exercice de gestion de crise cyber',
        'Sensibiliser tous les agents au hameçonnage avec des campagnes de test',
        'Adhérer au centre de réponse aux incidents cyber régional',
        'Mettre à jour la politique de sécurité des systèmes d’information',
        'Sauvegarder les données hors ligne selon la règle 3-2-1',
        'Segmenter le réseau entre services, écoles et équipements publics',
        'Supprimer les comptes inactifs et revoir les droits d’administration',
        'Mettre en place la gestion centralisée des correctifs de sécurité',
        'Chiffrer les ordinateurs portables des agents et des élus',
        'Intégrer des clauses de sécurité dans les marchés informatiques',
        'Obtenir le label ExpertCyber pour les prestataires principaux',
        'Réaliser un test d’intrusion annuel sur les services exposés',
      ],
    },
    {
      title: 'Infrastructures et réseaux',
      unit: MOYENS,
      tags: ['infrastructures'],
      actions: [
        '*Raccorder tous les bâtiments municipaux à la fibre optique',
        'Renouveler les serveurs de la salle informatique',
        'Migrer la téléphonie vers la téléphonie sur IP',
        'Installer le wifi public dans les équipements recevant du public',
        'Renouveler le parc de postes de travail sur cinq ans',
        'Mettre en place une salle informatique de secours',
        'Moderniser le réseau radio de la police municipale',
        'Remplacer les copieurs par des imprimantes partagées avec badge',
        'Superviser le réseau et les serveurs en continu',
        'Étudier l’hébergement des applications dans un cloud souverain',
        'Équiper les salles de réunion pour la visioconférence',
        'Déployer une flotte de téléphones mobiles gérée de façon centralisée',
        'Raccorder les écoles au très haut débit',
        'Renouveler le cœur de réseau de l’hôtel de ville',
        'Documenter l’architecture technique du système d’information',
      ],
    },
    {
      title: 'Outils collaboratifs et environnement de travail',
      unit: RH,
      tags: ['agents'],
      actions: [
        '*Déployer une suite bureautique collaborative pour tous les agents',
        'Ouvrir un intranet pour partager l’information interne',
        'Mettre en place un espace de stockage partagé par service',
        'Équiper les agents en télétravail d’un ordinateur portable',
        'Dématérialiser les demandes de congés et d’absences',
        'Mettre en place un outil de gestion électronique des documents',
        'Former les agents aux outils collaboratifs',
        'Créer un annuaire interne des agents et des compétences',
        'Dématérialiser les bulletins de paie',
        'Déployer une messagerie instantanée professionnelle',
        'Mettre en place un outil de gestion des entretiens annuels',
        'Dématérialiser le courrier entrant et son circuit de traitement',
        'Équiper les agents de terrain de tablettes pour les interventions',
        'Mettre en place un portail agent en libre-service',
        'Déployer un outil de gestion de projet pour les services',
        'Organiser un réseau de référents numériques dans les services',
      ],
    },
    {
      title: 'Écoles numériques',
      unit: COHESION,
      tags: ['écoles'],
      actions: [
        '*Équiper toutes les classes élémentaires d’écrans numériques interactifs',
        'Doter chaque école d’une classe mobile de tablettes',
        'Mettre en place l’environnement numérique de travail du premier degré',
        'Former les animateurs périscolaires aux usages numériques',
        'Assurer la maintenance informatique des écoles par un prestataire',
        'Créer un portail famille pour la facturation et les inscriptions',
        'Proposer des ateliers de codage et de robotique sur le temps périscolaire',
        'Sensibiliser les élèves de CM2 aux dangers des écrans et des réseaux sociaux',
        'Renouveler les ordinateurs des directeurs d’école',
        'Installer le wifi dans les écoles en concertation avec les parents',
        'Mettre en place le pointage numérique à la cantine',
        'Organiser un comité numérique avec l’Éducation nationale',
        'Créer une ludothèque de ressources pédagogiques numériques',
        'Équiper les crèches d’un logiciel de gestion des présences',
        'Accompagner les parents dans l’usage de l’espace numérique de travail',
      ],
    },
    {
      title: 'Système d’information géographique',
      unit: URBANISME,
      tags: ['SIG'],
      actions: [
        '*Déployer un SIG web accessible à tous les services',
        'Numériser le plan local d’urbanisme et ses annexes',
        'Cartographier le patrimoine arboré de la commune',
        'Géolocaliser les réseaux d’éclairage public',
        'Mettre en place le plan de corps de rue simplifié',
        'Cartographier les interventions des services techniques',
        'Publier une carte interactive des équipements publics',
        'Inventorier les bâtiments communaux dans le SIG',
        'Former les agents des services techniques au SIG',
        'Intégrer le cadastre mis à jour chaque année',
        'Cartographier les zones à risque d’inondation',
        'Suivre les permis de construire sur une carte',
        'Mutualiser le SIG avec l’intercommunalité',
        'Réaliser une prise de vue aérienne de la commune',
        'Cartographier l’accessibilité de la voirie pour les personnes à mobilité réduite',
      ],
    },
    {
      title: 'Protection des données personnelles (RGPD)',
      unit: DG,
      tags: ['RGPD'],
      actions: [
        '*Tenir à jour le registre des traitements de données personnelles',
        'Désigner un délégué à la protection des données mutualisé',
        'Réaliser les analyses d’impact pour les traitements sensibles',
        'Mettre à jour les mentions d’information sur les formulaires',
        'Former les agents aux règles de protection des données',
        'Mettre en place une procédure de réponse aux demandes d’accès',
        'Réviser les contrats des sous-traitants au regard du RGPD',
        'Définir les durées de conservation avec les archives',
        'Mettre en place une procédure de notification des violations de données',
        'Auditer la conformité du site internet aux règles sur les cookies',
        'Encadrer la vidéoprotection par une politique de conservation des images',
        'Sensibiliser les élus à la protection des données',
        'Purger les données personnelles des anciens fichiers',
        'Publier la politique de protection des données de la ville',
      ],
    },
    {
      title: 'Sobriété et numérique responsable',
      unit: MOYENS,
      tags: ['numérique responsable'],
      actions: [
        '*Allonger la durée de vie des équipements informatiques à sept ans',
        'Mesurer l’empreinte environnementale du numérique de la collectivité',
        'Donner les équipements réformés à des associations de réemploi',
        'Acheter des équipements reconditionnés pour les usages simples',
        'Éteindre automatiquement les postes de travail la nuit',
        'Réduire le nombre d’impressions de 30 %',
        'Intégrer des critères environnementaux dans les achats numériques',
        'Rendre le site internet conforme au référentiel d’écoconception',
        'Adopter une stratégie numérique responsable en conseil municipal',
        'Sensibiliser les agents aux bons gestes numériques',
        'Rationaliser le nombre d’applications métiers',
        'Optimiser la consommation électrique de la salle informatique',
        'Mettre en conformité les sites et applications avec le RGAA',
        'Former les développeurs et prestataires à l’écoconception',
        'Publier un rapport annuel sur le numérique responsable',
        'Supprimer les données inutiles stockées sur les serveurs',
      ],
    },
    {
      title: 'Gouvernance et pilotage du numérique',
      unit: DG,
      tags: ['gouvernance'],
      actions: [
        '*Installer un comité de pilotage numérique présidé par l’élu délégué',
        'Rédiger le schéma directeur du système d’information',
        'Mettre en place un portefeuille des projets numériques',
        'Créer un budget annexe du numérique lisible pour les élus',
        'Recruter un chef de projet transformation numérique',
        'Adhérer au syndicat mixte de mutualisation informatique',
        'Définir une procédure de demande de nouveaux projets numériques',
        'Évaluer chaque année l’avancement de la feuille de route',
        'Mutualiser les achats informatiques avec les communes voisines',
        'Mettre en place un catalogue de services de la direction numérique',
        'Suivre les contrats et les licences logicielles',
        'Définir des indicateurs de qualité de service informatique',
        'Participer aux réseaux nationaux des collectivités numériques',
        'Présenter la feuille de route numérique aux habitants',
        'Associer un panel d’usagers aux projets numériques',
        'Établir un plan pluriannuel d’investissement numérique',
      ],
    },
  ],
};
