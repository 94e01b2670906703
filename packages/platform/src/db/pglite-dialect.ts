import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from 'kysely';
import { PGliteStatements } from './pglite-statements.ts';
import { type Lane, SessionQueue } from './session-queue.ts';

/**
 * Kysely over PGlite. PGlite is one session, so connections are handed out one at a
 * time (`SessionQueue`): a transaction owns the session until it commits. One dialect per
 * lane over the same session: the `background` one's turns yield to the `foreground` one's.
 */
class PGliteDialect implements Dialect {
  /** `afterClose` runs once PGlite has closed its files (the data directory's release). */
  constructor(
    private readonly pglite: PGlite,
    private readonly statements: PGliteStatements,
    private readonly queue: SessionQueue,
    private readonly lane: Lane,
    private readonly afterClose: () => void = () => {},
  ) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.pglite, this.statements, this.queue, this.lane, this.afterClose);
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}

/** The dialects of both lanes over one PGlite session. */
export function pgliteLanes(pglite: PGlite, afterClose: () => void): Record<Lane, PGliteDialect> {
  const queue = new SessionQueue();
  const statements = new PGliteStatements(pglite);
  return {
    foreground: new PGliteDialect(pglite, statements, queue, 'foreground', afterClose),
    background: new PGliteDialect(pglite, statements, queue, 'background'),
  };
}

class PGliteDriver implements Driver {
  private readonly releases: (() => void)[] = [];
  private readonly connection: DatabaseConnection;

  constructor(
    private readonly pglite: PGlite,
    statements: PGliteStatements,
    private readonly queue: SessionQueue,
    private readonly lane: Lane,
    private readonly afterClose: () => void,
  ) {
    this.connection = {
      executeQuery: <R>(query: CompiledQuery) => statements.query<R>(query.sql, query.parameters),
      streamQuery: () => {
        throw new Error('streaming queries are not supported on PGlite');
      },
    };
  }

  async init() {
    await this.pglite.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    this.releases.push(await this.queue.acquire(this.lane));
    return this.connection;
  }

  async releaseConnection() {
    this.releases.shift()?.();
  }

  async beginTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }
  async commitTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
  /** The foreground lane's handle owns PGlite: closing it closes the session; the background one's closes nothing. */
  async destroy() {
    if (this.lane === 'background') return;
    await this.pglite.close();
    this.afterClose();
  }
}
