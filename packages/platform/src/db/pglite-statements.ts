import { type PGlite, parse, protocol } from '@electric-sql/pglite';
import type { QueryResult } from 'kysely';
import pg from 'pg';

type BackendMessage = Awaited<ReturnType<PGlite['execProtocol']>>['messages'][number];

const { serialize } = protocol;
const MULTIPLE_STATEMENTS = /;\s*\S/;
/** PostgreSQL's "cached plan must not change result type": a table's columns changed under a prepared `select *`. */
const RESULT_TYPE_CHANGED = '0A000';

/** node-postgres's own conversion of a parameter to what it sends (its type definitions leave `utils` out). */
const { prepareValue } = (
  pg as unknown as { utils: { prepareValue(value: unknown): string | Buffer | null } }
).utils;

interface Prepared {
  name: string;
  /**
   * What its rows are (PostgreSQL's row description, null when it returns none), asked once: undefined until the
   * statement was described. A prepared statement's columns do not change (PostgreSQL refuses with `0A000` instead).
   */
  columns?: BackendMessage | null;
}

/**
 * How the PGlite dialect runs a statement. `PGlite.query` enters the backend six times per statement and parses and
 * plans it every time. Here a statement is one message to the backend (parse, bind, describe, execute and sync
 * together), and a statement text seen before is bound to its prepared statement, so PostgreSQL neither parses,
 * plans nor describes its rows again: the `capacity` most recently used are kept in the session, the others
 * closed. A prepared statement belongs to the session, not to a transaction: a rollback keeps it.
 *
 * Parameters go as text, converted the way node-postgres converts them (`prepareValue`), and PostgreSQL infers their
 * types from the statement: PGlite and PostgreSQL get the same values. Rows are parsed by PGlite's own parsers.
 */
export class PGliteStatements {
  /** Statement text -> its prepared statement, least recently used first. */
  private readonly prepared = new Map<string, Prepared>();
  /** Prepared names to close with the next message. */
  private readonly closing: string[] = [];
  private named = 0;

  constructor(
    private readonly pglite: PGlite,
    private readonly capacity = 500,
  ) {}

  async query<R>(text: string, parameters: readonly unknown[]): Promise<QueryResult<R>> {
    if (parameters.length === 0 && MULTIPLE_STATEMENTS.test(text)) {
      await this.pglite.exec(text);
      return { rows: [] };
    }
    const known = this.prepared.get(text);
    const statement: Prepared = known ?? { name: `lf_${++this.named}` };
    const message = this.closing.splice(0).map((old) => serialize.close({ type: 'S', name: old }));
    if (known === undefined) message.push(serialize.parse({ name: statement.name, text }));
    message.push(
      serialize.bind({ statement: statement.name, values: parameters.map((v) => prepareValue(v)) }),
    );
    const describe = statement.columns === undefined;
    if (describe) message.push(serialize.describe({ type: 'P' }));
    message.push(serialize.execute({}), serialize.sync());
    const { messages } = await this.pglite.execProtocol(concat(message), {
      syncToFs: false,
      throwOnError: false,
    });
    if (known !== undefined) this.prepared.delete(text);
    if (known !== undefined || messages.some((m) => m.name === 'parseComplete')) this.keep(text, statement);
    const failure = messages.find((m) => m instanceof protocol.messages.DatabaseError);
    if (failure) {
      if (failure.code === RESULT_TYPE_CHANGED) this.forget(text);
      throw Object.assign(failure, { query: text, params: parameters });
    }
    if (describe) statement.columns = messages.find((m) => m.name === 'rowDescription') ?? null;
    const described = !describe && statement.columns ? [statement.columns, ...messages] : messages;
    const [result] = parse.parseResults(described, this.pglite.parsers);
    return {
      rows: (result?.rows ?? []) as R[],
      ...(result?.affectedRows !== undefined ? { numAffectedRows: BigInt(result.affectedRows) } : {}),
    };
  }

  private keep(text: string, statement: Prepared) {
    this.prepared.set(text, statement);
    if (this.prepared.size <= this.capacity) return;
    const [oldest] = this.prepared.keys();
    if (oldest !== undefined) this.forget(oldest);
  }

  private forget(text: string) {
    const statement = this.prepared.get(text);
    if (statement === undefined) return;
    this.prepared.delete(text);
    this.closing.push(statement.name);
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
