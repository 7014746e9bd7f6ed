import type { QueryResult, QueryResultRow } from "pg";

/** A pg Pool, PoolClient or Client: read modules take one so that tests can pass their own. */
export type Queryable = {
  query<R extends QueryResultRow = QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
};
