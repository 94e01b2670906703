import type {
  AbortableOperationOptions,
  CompiledQuery,
  DatabaseConnection,
  Dialect,
  Driver,
  Kysely,
  TransactionSettings,
} from 'kysely';
import { storableParameter } from './storable.ts';

/**
 * Wraps a dialect so that every query parameter passes through `storableParameter`: the one
 * place where user-derived text is made safe for the database, whatever the write path.
 */
export class StorableDialect implements Dialect {
  constructor(private readonly inner: Dialect) {}
  createAdapter() {
    return this.inner.createAdapter();
  }
  createDriver(): Driver {
    return new StorableDriver(this.inner.createDriver());
  }
  createIntrospector(db: Kysely<unknown>) {
    return this.inner.createIntrospector(db);
  }
  createQueryCompiler() {
    return this.inner.createQueryCompiler();
  }
}

class StorableDriver implements Driver {
  // The inner driver gets its own connection objects back (pg's release hangs off them).
  private readonly innerOf = new WeakMap<DatabaseConnection, DatabaseConnection>();
  savepoint?: Driver['savepoint'];
  rollbackToSavepoint?: Driver['rollbackToSavepoint'];
  releaseSavepoint?: Driver['releaseSavepoint'];

  constructor(private readonly inner: Driver) {
    const { savepoint, rollbackToSavepoint, releaseSavepoint } = inner;
    if (savepoint)
      this.savepoint = (c, name, compile) => savepoint.call(inner, this.unwrap(c), name, compile);
    if (rollbackToSavepoint)
      this.rollbackToSavepoint = (c, name, compile) =>
        rollbackToSavepoint.call(inner, this.unwrap(c), name, compile);
    if (releaseSavepoint)
      this.releaseSavepoint = (c, name, compile) =>
        releaseSavepoint.call(inner, this.unwrap(c), name, compile);
  }

  init(options?: AbortableOperationOptions) {
    return this.inner.init(options);
  }
  async acquireConnection(options?: AbortableOperationOptions): Promise<DatabaseConnection> {
    const connection = await this.inner.acquireConnection(options);
    const wrapped: DatabaseConnection = {
      executeQuery: (query, queryOptions) => connection.executeQuery(clean(query), queryOptions),
      streamQuery: (query, chunkSize, queryOptions) =>
        connection.streamQuery(clean(query), chunkSize, queryOptions),
    };
    this.innerOf.set(wrapped, connection);
    return wrapped;
  }
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    return this.inner.beginTransaction(this.unwrap(connection), settings);
  }
  commitTransaction(connection: DatabaseConnection) {
    return this.inner.commitTransaction(this.unwrap(connection));
  }
  rollbackTransaction(connection: DatabaseConnection) {
    return this.inner.rollbackTransaction(this.unwrap(connection));
  }
  releaseConnection(connection: DatabaseConnection, options?: AbortableOperationOptions) {
    return this.inner.releaseConnection(this.unwrap(connection), options);
  }
  destroy(options?: AbortableOperationOptions) {
    return this.inner.destroy(options);
  }
  private unwrap(connection: DatabaseConnection): DatabaseConnection {
    return this.innerOf.get(connection) ?? connection;
  }
}

const clean = (query: CompiledQuery): CompiledQuery =>
  query.parameters.length === 0 ? query : { ...query, parameters: query.parameters.map(storableParameter) };
