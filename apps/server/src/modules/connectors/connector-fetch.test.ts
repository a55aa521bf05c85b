import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../config.js';
import { fetchConnectorBody, fetchLimitsOf, hostAllowed } from './connector-fetch.js';

const allowed = (url: string, hosts: string) => hostAllowed(new URL(url), parseConfig({ CONNECTOR_ALLOWED_HOSTS: hosts }).connectorAllowedHosts);

describe('CONNECTOR_ALLOWED_HOSTS', () => {
  it('allows a host on any port, a wildcard for sub-domains only, a host:port on that port only', () => {
    const hosts = 'intranet.ville.fr, *.ville.local ,127.0.0.1:8080,[::1]:9000';
    expect(allowed('https://intranet.ville.fr/export.csv', hosts)).toBe(true);
    expect(allowed('http://INTRANET.ville.fr:8443/x', hosts)).toBe(true);
    expect(allowed('https://evil-intranet.ville.fr/x', hosts)).toBe(false);
    expect(allowed('https://intranet.ville.fr.evil.com/x', hosts)).toBe(false);
    expect(allowed('http://sig.ville.local/x', hosts)).toBe(true);
    expect(allowed('http://a.b.ville.local/x', hosts)).toBe(true);
    expect(allowed('http://ville.local/x', hosts)).toBe(false);
    expect(allowed('http://127.0.0.1:8080/x', hosts)).toBe(true);
    expect(allowed('http://127.0.0.1/x', hosts)).toBe(false);
    expect(allowed('http://127.0.0.1:8081/x', hosts)).toBe(false);
    expect(allowed('http://[::1]:9000/x', hosts)).toBe(true);
    expect(allowed('http://user@127.0.0.1:8080@example.com/x', hosts)).toBe(false);
  });

  it('reaches nothing when the list is empty, and only http(s)', async () => {
    const none = fetchLimitsOf(parseConfig({}));
    await expect(fetchConnectorBody('https://intranet.ville.fr/x', none)).rejects.toThrow(/Aucun hôte autorisé/);
    const some = fetchLimitsOf(parseConfig({ CONNECTOR_ALLOWED_HOSTS: 'intranet.ville.fr' }));
    await expect(fetchConnectorBody('file:///etc/passwd', some)).rejects.toThrow(/http et https/);
    await expect(fetchConnectorBody('ftp://intranet.ville.fr/x', some)).rejects.toThrow(/http et https/);
  });

  it('defaults to 10 s and 20 Mo', () => {
    expect(fetchLimitsOf(parseConfig({}))).toEqual({ allowedHosts: [], timeoutMs: 10_000, maxBytes: 20 * 1024 * 1024 });
  });
});
