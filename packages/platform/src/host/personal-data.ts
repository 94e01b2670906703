import { ErrorBodySchema } from '@learnflow/contracts';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Auth } from '../auth/auth.ts';
import type { AuthUser } from '../auth/tokens.ts';
import type { Db } from '../db/create-database.ts';
import { appError, isErrorCode } from '../errors.ts';
import type { App, ServiceDefinition, ServiceDeps, TableName } from './service-definition.ts';

/** Tables that hold a user's own rows, each with the columns that name the user. */
export type PersonalTables = { readonly [T in TableName]?: readonly string[] };

/** One owner's part of an account export: its personal tables' rows about the caller, as stored. */
export const PersonalDataSchema = z.record(z.string(), z.array(z.record(z.string(), z.unknown())));
export type PersonalDataPart = z.infer<typeof PersonalDataSchema>;

/** The host's own tables that name a user (the audit trail of events). */
export const HOST_PERSONAL: PersonalTables = { event_log: ['user_id'] };

/** Where a service answers for its part of the caller's export. */
export const personalDataPath = (serviceId: string) => `/api/me/export/${serviceId}`;

async function readPersonalData(db: Db, tables: PersonalTables, userId: string): Promise<PersonalDataPart> {
  const part: PersonalDataPart = {};
  for (const [table, columns = []] of Object.entries(tables)) {
    const naming = sql.join(
      columns.map((column) => sql`${sql.ref(column)}::text = ${userId}`),
      sql` or `,
    );
    const { rows } = await sql<
      Record<string, unknown>
    >`select * from ${sql.table(table)} where ${naming}`.execute(db);
    part[table] = rows.map((row) => JSON.parse(JSON.stringify(row)));
  }
  return part;
}

/** The route by which an owner answers for its personal tables (mounted by the host, proxied in split mode). */
export function personalDataRoute(app: App, deps: ServiceDeps, service: ServiceDefinition): void {
  const tables = service.personal;
  if (!tables) return;
  app.get(
    personalDataPath(service.id),
    {
      schema: {
        tags: ['identity'],
        summary: `The ${service.id} service's part of GET /api/me/export`,
        response: { 200: PersonalDataSchema, 401: ErrorBodySchema },
      },
    },
    async (request) => readPersonalData(deps.db, tables, (await deps.auth.require(request)).id),
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Every owner's part of a user's data, gathered for `GET /api/me/export`. */
export interface PersonalData {
  collect(app: App, user: AuthUser): Promise<PersonalDataPart>;
}

/**
 * Asks each owner (`owners`: the services with personal tables that this process mounts or
 * proxies) for its part through the app, as the user: the same call in one process and in split
 * mode. A part that does not come is the export's error: an export is never partial.
 */
export function createPersonalData(db: Db, auth: Auth, owners: readonly string[]): PersonalData {
  return {
    async collect(app, user) {
      const data = await readPersonalData(db, HOST_PERSONAL, user.id);
      for (const owner of owners) {
        const response = await app.inject({
          method: 'GET',
          url: personalDataPath(owner),
          headers: auth.trusted.encode(user),
        });
        if (response.statusCode !== 200) {
          const body = ErrorBodySchema.safeParse(parseJson(response.body));
          const code =
            body.success && isErrorCode(body.data.error.code) ? body.data.error.code : 'UPSTREAM_UNAVAILABLE';
          throw appError(
            code,
            `Your data could not be gathered from the ${owner} service: ${body.success ? body.data.error.message : `it answered ${response.statusCode}`}`,
          );
        }
        Object.assign(data, PersonalDataSchema.parse(response.json()));
      }
      return data;
    },
  };
}
