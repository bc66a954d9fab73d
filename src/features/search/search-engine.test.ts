import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../build/load-content';
import { SEARCH_OPTIONS, searchDocuments } from '../../shared/search-documents';
import { exactHits, search } from './search-engine';

const result = loadContent(fileURLToPath(new URL('../../../content', import.meta.url)));
if (!result.ok) throw new Error('content does not load');
const { graph, texts } = result;

function indexFor(locale: 'en' | 'ro' | 'nl') {
  const index = new MiniSearch(SEARCH_OPTIONS);
  index.addAll(searchDocuments(graph, texts[locale]));
  // The browser receives the index as JSON: test the same round trip.
  return MiniSearch.loadJSON(JSON.stringify(index), SEARCH_OPTIONS);
}

describe('search', () => {
  const en = indexFor('en');

  it('jumps to an error code typed on its own', () => {
    expect(search(graph, en, '200010')[0]).toEqual({ target: 'code:200010', kind: 'code', exact: true });
  });

  it('sends an HTTP status of the provisioning bridge to its step', () => {
    expect(search(graph, en, '403')[0]?.target).toBe('flow:provisioning/request-target');
    expect(search(graph, en, '409 Conflict')[0]?.target).toBe('flow:provisioning/user-in-ci');
  });

  it('recognises a pasted log line by its signature', () => {
    const line =
      "<Error> [0x70000476b000] BroadWorksConfigDownloader.cpp:106 onAccessDeviceListSucceeded:BWC:SCF: ConfigDownload - the device profile 'Business Communicator - PC' is not found.";
    expect(search(graph, en, line)[0]?.target).toBe('flow:calling/provision-desktop-device');
    expect(search(graph, en, '2026-11-02 10:00:01 [Error 18215] Provisioning Error with Messaging Server')[0]?.target).toBe(
      'flow:provisioning/email-in-helpdesk',
    );
    expect(search(graph, en, 'GET /authService/token HTTP/1.1 http_bw_userid: x')[0]?.target).toBe('procedure:analyze-xsp-sign-in-logs');
  });

  it('finds codes inside a longer text', () => {
    expect(exactHits(graph, 'portal said: error 200018, try later').map((h) => h.target)).toEqual(['code:200018']);
  });

  it('finds words with prefixes and typos, in each language', () => {
    expect(search(graph, en, 'entitlem').some((h) => h.target === 'procedure:verify-should-register')).toBe(true);
    expect(search(graph, en, 'provisoning').length).toBeGreaterThan(0);
    const ro = indexFor('ro');
    // Without diacritics, Romanian still matches.
    expect(search(graph, ro, 'sablon').length).toBeGreaterThan(0);
    const nl = indexFor('nl');
    expect(search(graph, nl, 'inrichting').length).toBeGreaterThan(0);
  });

  it('does not throw on hostile or huge input', () => {
    const inputs = ['', ' ', '(', '[[[', '\\', '%', '\u0000\uFFFF', 'a'.repeat(200_000), '<script>alert(1)</script>'];
    for (const input of inputs) expect(() => search(graph, en, input)).not.toThrow();
  });
});
