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

/** Names of the demo org units (demo.seed.ts creates them) that lead the demo plans' nodes. */
export const DG = 'Direction Générale';
export const MOYENS = 'Direction des ressources et des moyens';
export const FINANCES = 'Service finances';
export const RH = 'Service ressources humaines';
export const AMENAGEMENT = 'Direction de l’aménagement et du cadre de vie';
export const URBANISME = 'Service urbanisme';
export const VOIRIE = 'Service voirie et espaces verts';
export const COHESION = 'Direction de la cohésion sociale';
export const PETITE_ENFANCE = 'Service petite enfance';
export const ASSOCIATIONS = 'Service vie associative et sports';
