import type { Config } from '../../config.js';

/** Why a fetch failed, in words an administrator can act on. */
export class ConnectorFetchError extends Error {}

export interface FetchLimits {
  allowedHosts: string[];
  timeoutMs: number;
  maxBytes: number;
}

export const fetchLimitsOf = (config: Pick<Config, 'connectorAllowedHosts' | 'CONNECTOR_TIMEOUT_MS' | 'CONNECTOR_MAX_MB'>): FetchLimits => ({
  allowedHosts: config.connectorAllowedHosts,
  timeoutMs: config.CONNECTOR_TIMEOUT_MS,
  maxBytes: Math.round(config.CONNECTOR_MAX_MB * 1024 * 1024),
});

const MAX_REDIRECTS = 3;
const defaultPort = (protocol: string) => (protocol === 'https:' ? '443' : '80');

interface HostRule {
  hostname: string;
  /** null: any port. */
  port: string | null;
  subdomains: boolean;
}

function hostRule(entry: string): HostRule | null {
  const subdomains = entry.startsWith('*.');
  const rest = subdomains ? entry.slice(2) : entry;
  try {
    return { hostname: new URL(`http://${rest}`).hostname, port: /:(\d+)$/.exec(rest)?.[1] ?? null, subdomains };
  } catch {
    return null;
  }
}

/**
 * CONNECTOR_ALLOWED_HOSTS entries: « intranet.ville.fr » (any port), « *.ville.local » (its
 * sub-domains), « 127.0.0.1:8080 » (that port only), « [::1]:8080 ».
 */
export function hostAllowed(url: URL, allowedHosts: string[]): boolean {
  const hostname = url.hostname.toLowerCase();
  const port = url.port || defaultPort(url.protocol);
  return allowedHosts.some((entry) => {
    const rule = hostRule(entry);
    if (!rule || (rule.port !== null && rule.port !== port)) return false;
    return rule.subdomains ? hostname.endsWith(`.${rule.hostname}`) : hostname === rule.hostname;
  });
}

function checkUrl(raw: string, limits: FetchLimits): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConnectorFetchError(`Adresse invalide : ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConnectorFetchError(`Seules les adresses http et https sont acceptées (${url.protocol})`);
  if (limits.allowedHosts.length === 0) {
    throw new ConnectorFetchError('Aucun hôte autorisé : l’administrateur du serveur doit lister les applications joignables dans CONNECTOR_ALLOWED_HOSTS');
  }
  if (!hostAllowed(url, limits.allowedHosts)) throw new ConnectorFetchError(`L’hôte ${url.host} n’est pas autorisé (CONNECTOR_ALLOWED_HOSTS)`);
  return url;
}

export interface FetchedBody {
  bytes: Buffer;
  contentType: string;
  url: string;
}

/**
 * GETs a connector's URL within the limits: allowed hosts only (redirects included, each one is
 * checked again), one deadline for the whole exchange, a body cut off past maxBytes, and only a
 * 2xx answer. Throws ConnectorFetchError with a French message.
 */
export async function fetchConnectorBody(rawUrl: string, limits: FetchLimits): Promise<FetchedBody> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  let url = checkUrl(rawUrl, limits);
  try {
    for (let hop = 0; ; hop++) {
      const response = await request(url, controller.signal);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (hop >= MAX_REDIRECTS) throw new ConnectorFetchError(`Trop de redirections depuis ${rawUrl}`);
        url = checkUrl(new URL(location, url).toString(), limits);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new ConnectorFetchError(`Le serveur a répondu ${response.status} ${response.statusText}`.trim());
      }
      const bytes = await readLimited(response, limits.maxBytes);
      return { bytes, contentType: response.headers.get('content-type') ?? '', url: url.toString() };
    }
  } catch (error) {
    if (controller.signal.aborted) throw new ConnectorFetchError(`Pas de réponse complète de ${url.host} en ${limits.timeoutMs / 1000} s`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function request(url: URL, signal: AbortSignal) {
  try {
    return await fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/csv, application/json;q=0.9, text/plain;q=0.5' } });
  } catch (error) {
    if (signal.aborted) throw error;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new ConnectorFetchError(`Connexion impossible à ${url.host} (${cause?.code ?? cause?.message ?? String(error)})`);
  }
}

/** Stops reading (and drops the connection) as soon as the body passes the limit. */
async function readLimited(response: Response, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new ConnectorFetchError(`Réponse trop volumineuse (plus de ${Math.round(maxBytes / 1024 / 1024)} Mo)`);
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
