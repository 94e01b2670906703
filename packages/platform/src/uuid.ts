/** A UUID as PostgreSQL's `uuid` type reads it (any case): test ids from outside before they reach a query. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
