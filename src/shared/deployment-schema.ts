/**
 * The schema of the deployment's own config.json (see README, "Deploying").
 * It is loaded only once a config.json has arrived, so a site without one
 * never downloads it. Every message names the field and says what is
 * wrong, for the person who deploys the file.
 */
import * as z from 'zod/mini';
import { templateProblem } from './ticket-template';

const EMAIL = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/;
const PHONE = /^\+?[0-9][0-9 ()./-]{2,38}$/;

/** The message for a value of the wrong type, or for one that is not there. */
const expected = (what: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : `must be ${what}`);

const text = (max: number) =>
  z.string({ error: expected('a text (a JSON string)') }).check(
    z.refine((value) => value.trim() !== '', { error: 'must not be empty' }),
    z.maxLength(max, { error: `must be at most ${String(max)} characters long` }),
  );
const email = z
  .string({ error: expected('an e-mail address (a JSON string)') })
  .check(z.refine((value) => EMAIL.test(value) && value.length <= 254, { error: 'is not an e-mail address such as tier2@example.net' }));

const Contact = z
  .strictObject(
    {
      role: z.enum(['tier2', 'noc'], { error: expected('"tier2" or "noc"') }),
      name: text(100),
      email: z.optional(email),
      phone: z.optional(
        z
          .string({ error: 'must be a phone number (a JSON string)' })
          .check(z.refine((value) => PHONE.test(value), { error: 'is not a phone number such as +31 20 123 4567' })),
      ),
      hours: z.optional(text(100)),
    },
    { error: 'must be an object with role, name, and an email or phone' },
  )
  .check(
    z.refine((contact) => contact.email !== undefined || contact.phone !== undefined, {
      error: 'needs an "email" or a "phone" (or both), or nobody can reach it',
    }),
  );

export const DeploymentConfigSchema = z.strictObject(
  {
    /** JSON Schema editors may point at a schema; the app ignores it. */
    $schema: z.optional(z.string({ error: 'must be a text (a JSON string)' })),
    organization: z.optional(
      z.strictObject(
        { name: text(80), banner: z.optional(text(200)) },
        { error: 'must be an object with "name" and, if you like, "banner"' },
      ),
    ),
    contacts: z.optional(
      z
        .array(Contact, { error: 'must be a list (a JSON array) of contacts' })
        .check(z.maxLength(10, { error: 'may hold at most 10 contacts' })),
    ),
    ticket: z.optional(
      z.strictObject(
        {
          url: z.string({ error: expected('a URL template (a JSON string)') }).check(
            z.superRefine((value, context) => {
              const problem = templateProblem(value);
              if (problem !== undefined) context.addIssue({ code: 'custom', message: problem, input: value });
            }),
          ),
          label: z.optional(text(60)),
        },
        { error: 'must be an object with "url" and, if you like, "label"' },
      ),
    ),
    feedback: z.optional(z.strictObject({ email }, { error: 'must be an object with "email"' })),
  },
  { error: 'must be a JSON object such as {"organization": {"name": "…"}}' },
);

export type DeploymentConfig = z.infer<typeof DeploymentConfigSchema>;
export type Contact = DeploymentConfig extends { contacts?: readonly (infer C)[] | undefined } ? C : never;

export type ParsedConfig = { ok: true; config: DeploymentConfig } | { ok: false; problems: string[] };

function fieldName(path: readonly PropertyKey[]): string {
  let name = '';
  for (const part of path) name += typeof part === 'number' ? `[${String(part)}]` : `${name === '' ? '' : '.'}${String(part)}`;
  return name === '' ? '(the whole file)' : name;
}

/** Reads config.json's text: the config, or one line per problem ("contacts[0].email: …"). */
export function parseDeploymentConfig(raw: string): ParsedConfig {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { ok: false, problems: [`(the whole file): is not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const parsed = DeploymentConfigSchema.safeParse(data);
  if (parsed.success) return { ok: true, config: parsed.data };
  const problems = parsed.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => `${fieldName([...issue.path, key])}: is not a known field (check its spelling; see the README)`);
    return [`${fieldName(issue.path)}: ${issue.message}`];
  });
  return { ok: false, problems };
}
