/**
 * A case sheet carried in a link, only when the user chose to include it:
 * base64url of a small JSON object, read back with the same schema as a
 * saved case. A damaged or hostile payload is refused, never half-used.
 */
import * as z from 'zod/mini';
import { EVIDENCE_LIMIT } from './case-basics';
import { CaseSheetSchema, type CaseSheet } from './case-model';

export { SHARED_CASE_PARAM } from '../../shared/paths';
const MAX_PAYLOAD = 16_000;

const SharedCaseSchema = z.object({
  title: z.string().check(z.maxLength(200)),
  sheet: CaseSheetSchema,
  evidence: z.record(
    z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80)),
    z.string().check(z.maxLength(EVIDENCE_LIMIT)),
  ),
});
export type SharedCase = z.infer<typeof SharedCaseSchema>;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(value)) return undefined;
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function encodeSharedCase(shared: { title: string; sheet: CaseSheet; evidence: Readonly<Record<string, string>> }): string {
  return toBase64Url(JSON.stringify(shared));
}

export function decodeSharedCase(payload: string): SharedCase | undefined {
  if (payload.length > MAX_PAYLOAD) return undefined;
  const json = fromBase64Url(payload);
  if (json === undefined) return undefined;
  try {
    const parsed = SharedCaseSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
