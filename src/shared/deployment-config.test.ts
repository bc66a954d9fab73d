import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDeploymentConfig, readConfigResponse } from './deployment-config';

const json = (body: string, status = 200) => new Response(body, { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('reading config.json', () => {
  it('takes a missing file for none: 404, 204, or a history fallback answering with the app page', async () => {
    expect(await readConfigResponse(new Response('Not found', { status: 404 }))).toEqual({ status: 'none' });
    expect(await readConfigResponse(new Response(null, { status: 204 }))).toEqual({ status: 'none' });
    const page = new Response('<!doctype html><title>app</title>', {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    expect(await readConfigResponse(page)).toEqual({ status: 'none' });
  });

  it('applies a valid file and reports a broken one, field by field', async () => {
    expect(await readConfigResponse(json('{"organization":{"name":"Example Telecom"}}'))).toEqual({
      status: 'valid',
      config: { organization: { name: 'Example Telecom' } },
    });
    expect(await readConfigResponse(json('{"ticket":{"url":"javascript:alert(1)"}}'))).toEqual({
      status: 'broken',
      problems: ['ticket.url: must start with https:// or http:// (no other kind of link is opened)'],
    });
    expect(await readConfigResponse(json('', 500))).toEqual({
      status: 'broken',
      problems: ['(the whole file): could not be read (HTTP 500)'],
    });
  });

  it('fetches the file beside the app and tells the person deploying it what is wrong', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(json('{"feedback":{"email":"nope"},"contact":[]}')));
    vi.stubGlobal('fetch', fetchMock);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await loadDeploymentConfig('/support')).toMatchObject({ status: 'broken' });
    expect(fetchMock).toHaveBeenCalledWith('/support/config.json', expect.objectContaining({ cache: 'no-cache' }));
    expect(errors).toHaveBeenCalledTimes(1);
    const message = String(errors.mock.calls[0]?.[0]);
    expect(message).toContain('config.json (/support/config.json) is ignored');
    expect(message).toContain('config.json: feedback.email: is not an e-mail address such as tier2@example.net');
    expect(message).toContain('config.json: contact: is not a known field');
  });

  it('says nothing when there is no file, or no network', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(null, { status: 404 })));
    expect(await loadDeploymentConfig('/')).toEqual({ status: 'none' });
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await loadDeploymentConfig('/')).toEqual({ status: 'none' });
    expect(errors).not.toHaveBeenCalled();
  });
});
