import type { QueryResult, QueryResultRow } from "pg";
import type { Queryable } from "./queryable";

/**
 * Lets read modules written against pg (Queryable) run inside a Prisma interactive
 * transaction, so that a check and the change it guards see the same snapshot.
 */
export function prismaQueryable(tx: { $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): Promise<T> }): Queryable {
  return {
    async query<R extends QueryResultRow = QueryResultRow>(text: string, values: unknown[] = []) {
      const rows = await tx.$queryRawUnsafe<R[]>(text, ...values);
      return { rows, rowCount: rows.length } as unknown as QueryResult<R>;
    },
  };
}
