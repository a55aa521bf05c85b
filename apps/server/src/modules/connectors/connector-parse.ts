import type { ConnectorMapping } from '@pilotis/shared';
import { parseMeasureFile } from '../measures/measure-import.parser.js';
import type { RawMeasureItem } from '../measures/measure-write.service.js';
import { ConnectorFetchError, type FetchedBody } from './connector-fetch.js';

export interface ConnectorSource {
  format: 'csv' | 'json';
  mapping: ConnectorMapping;
  /** With no indicator column, every row is for this one. */
  indicatorIds: string[];
}

export interface ParsedBody {
  items: RawMeasureItem[];
  /** Where items[i] is in the body, for messages: « ligne 12 », « élément 3 ». */
  places: string[];
  problems: string[];
}

const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel', 'application/octet-stream'];
const JSON_TYPES = ['application/json', 'text/json', 'text/plain', 'application/octet-stream'];

/** HTML means a login page or a wrong address, not data; any other type is not ours either. */
export function checkBodyKind(body: FetchedBody, format: 'csv' | 'json') {
  const type = body.contentType.split(';')[0]!.trim().toLowerCase();
  const start = body.bytes.subarray(0, 512).toString('utf8').trimStart().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml' || start.startsWith('<!doctype html') || start.startsWith('<html')) {
    throw new ConnectorFetchError('La réponse est une page HTML, pas des données CSV ou JSON (adresse ou authentification à vérifier)');
  }
  const accepted = format === 'csv' ? CSV_TYPES : JSON_TYPES;
  if (type && !accepted.includes(type) && !(format === 'json' && type.endsWith('+json'))) {
    throw new ConnectorFetchError(`Type de réponse « ${type} » inattendu pour un connecteur ${format.toUpperCase()}`);
  }
  if (format === 'csv' && body.bytes.includes(0)) throw new ConnectorFetchError('La réponse n’est pas du texte CSV (contenu binaire)');
}

export async function parseConnectorBody(body: FetchedBody, source: ConnectorSource): Promise<ParsedBody> {
  checkBodyKind(body, source.format);
  return source.format === 'csv' ? parseCsv(body.bytes, source) : parseJson(body.bytes, source);
}

const singleIndicator = (source: ConnectorSource) => (source.mapping.indicatorField === null ? source.indicatorIds[0] : undefined);

async function parseCsv(bytes: Buffer, source: ConnectorSource): Promise<ParsedBody> {
  const { mapping } = source;
  const columns = {
    ...(mapping.indicatorField ? { code: [mapping.indicatorField] } : {}),
    period: [mapping.periodField],
    value: [mapping.valueField],
    ...(mapping.commentField ? { comment: [mapping.commentField] } : {}),
  };
  const parsed = await parseMeasureFile(bytes, 'csv', { columns, indicatorId: singleIndicator(source) });
  return {
    items: parsed.items,
    places: parsed.lines.map((line) => `ligne ${line}`),
    problems: parsed.problems.map((p) => `ligne ${p.line} : ${p.message}`),
  };
}

function parseJson(bytes: Buffer, source: ConnectorSource): ParsedBody {
  const { mapping } = source;
  let document: unknown;
  try {
    document = JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
  } catch (error) {
    return { items: [], places: [], problems: [`JSON invalide : ${(error as Error).message}`] };
  }
  const records = mapping.itemsPath ? valueAt(document, mapping.itemsPath) : document;
  if (!Array.isArray(records)) {
    return { items: [], places: [], problems: [`Pas de liste d’éléments ${mapping.itemsPath ? `à « ${mapping.itemsPath} »` : 'à la racine du JSON'}`] };
  }
  const indicatorId = singleIndicator(source);
  const items = records.map((record, index): RawMeasureItem => {
    const comment = mapping.commentField ? valueAt(record, mapping.commentField) : undefined;
    return {
      index,
      ...(indicatorId ? { indicatorId } : { code: scalarText(valueAt(record, mapping.indicatorField!)) }),
      period: scalarText(valueAt(record, mapping.periodField)),
      value: scalarValue(valueAt(record, mapping.valueField)),
      ...(comment === undefined || comment === null ? {} : { comment: scalarText(comment) }),
    };
  });
  return { items, places: items.map((_, i) => `élément ${i + 1}`), problems: [] };
}

/** A dotted path (« data.items », « mesure.valeur »); a key that itself holds dots is found too. */
export function valueAt(value: unknown, path: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (path in record) return record[path];
  const dot = path.indexOf('.');
  if (dot < 0) return undefined;
  return valueAt(record[path.slice(0, dot)], path.slice(dot + 1));
}

const scalarText = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');
const scalarValue = (value: unknown): string | number | null => (typeof value === 'number' || typeof value === 'string' ? value : null);
