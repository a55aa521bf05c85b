import type { ReviewCadence, ReviewKind, ReviewSeries, ReviewSeriesCreateInput } from '@pilotis/shared';

/** An outside attendee row of the form: the e-mail may stay empty. */
export interface ExternalRow {
  name: string;
  email: string;
}

/** What the « Nouvelle série » form holds: strings where Mantine inputs want them. */
export interface SeriesFormValues {
  planId: string;
  title: string;
  kind: ReviewKind;
  cadence: ReviewCadence;
  everyWeeks: number | string;
  memberIds: string[];
  externals: ExternalRow[];
}

/** A new series starts as the seed 003 rhythm: a project review every 8 weeks. */
export function initialSeriesValues(planId: string, series?: ReviewSeries): SeriesFormValues {
  return {
    planId: series?.planId ?? planId,
    title: series?.title ?? '',
    kind: series?.kind ?? 'project_review',
    cadence: series?.cadence ?? 'weeks',
    everyWeeks: series?.everyWeeks ?? 8,
    memberIds: (series?.defaultAttendees ?? []).flatMap((a) => (a.userId ? [a.userId] : [])),
    externals: (series?.defaultAttendees ?? []).flatMap((a) => (a.userId ? [] : [{ name: a.name, email: a.email ?? '' }])),
  };
}

/** The API body: members first, then the outside rows (an empty e-mail is « no address »). */
export function toSeriesInput(values: SeriesFormValues): ReviewSeriesCreateInput {
  const everyWeeks = values.everyWeeks === '' ? Number.NaN : Number(values.everyWeeks);
  return {
    planId: values.planId,
    title: values.title,
    kind: values.kind,
    cadence: values.cadence,
    everyWeeks: values.cadence === 'weeks' ? everyWeeks : null,
    defaultAttendees: [
      ...values.memberIds.map((userId) => ({ userId })),
      ...values.externals.map((row) => ({ name: row.name, email: row.email.trim() === '' ? null : row.email })),
    ],
  };
}

/**
 * Issue paths of the schema or the API (« defaultAttendees.3.email ») → the form's fields: the
 * attendee list starts with the members, so index 3 with 2 members is the second outside row.
 */
export function toSeriesFormErrors(errors: Record<string, string>, memberCount: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const attendee = /^defaultAttendees\.(\d+)(?:\.(\w+))?/.exec(path);
    let field = path;
    if (attendee) {
      const index = Number(attendee[1]);
      field = index < memberCount ? 'memberIds' : `externals.${index - memberCount}.${attendee[2] === 'name' ? 'name' : 'email'}`;
    } else if (path.startsWith('defaultAttendees')) field = 'memberIds';
    out[field] ??= message;
  }
  return out;
}
