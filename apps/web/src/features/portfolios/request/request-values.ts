import { budgetNatures, type ProjectRequestInput } from '@pilotis/shared';

/** The request form as typed: '' where nothing was entered; costs in euros keyed `year:nature`, FTE keyed `year:orgUnitId`. */
export interface RequestValues {
  title: string;
  description: string;
  sponsorName: string;
  requestingUnitId: string;
  benefits: string;
  risks: string;
  durationMonths: number | '';
  startsOn: string;
  endsOn: string;
  costs: Record<string, number | ''>;
  resourceUnitIds: string[];
  resources: Record<string, number | ''>;
  objectiveNodeIds: string[];
}

export const emptyRequest = (requestingUnitId = ''): RequestValues => ({
  title: '', description: '', sponsorName: '', requestingUnitId, benefits: '', risks: '', durationMonths: '', startsOn: '', endsOn: '',
  costs: {}, resourceUnitIds: [], resources: {}, objectiveNodeIds: [],
});

/** The API body: empty cells and zero amounts are left out (a zero cost says nothing). */
export function requestInput(values: RequestValues, years: number[]): ProjectRequestInput {
  const costs = years.flatMap((year) =>
    budgetNatures.flatMap((nature) => {
      const amount = values.costs[`${year}:${nature}`];
      return amount === '' || amount === undefined || amount === 0 ? [] : [{ year, nature, amount }];
    }),
  );
  const resources = years.flatMap((year) =>
    values.resourceUnitIds.flatMap((orgUnitId) => {
      const fte = values.resources[`${year}:${orgUnitId}`];
      return fte === '' || fte === undefined || fte === 0 ? [] : [{ year, orgUnitId, fte }];
    }),
  );
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    sponsorName: values.sponsorName.trim() || null,
    requestingUnitId: values.requestingUnitId || null,
    benefits: values.benefits.trim(),
    risks: values.risks.trim(),
    durationMonths: values.durationMonths === '' ? null : values.durationMonths,
    startsOn: values.startsOn || null,
    endsOn: values.endsOn || null,
    costs,
    resources,
    objectiveNodeIds: values.objectiveNodeIds,
  };
}
