import { DG, AMENAGEMENT, URBANISME, VOIRIE, COHESION, PETITE_ENFANCE, ASSOCIATIONS, type DemoPlanSpec } from './demo-plan-spec.js';

/** The demo plan de mandat: 3 axes, their objectives and ~40 fiches ("*" marks a projet phare). */
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
