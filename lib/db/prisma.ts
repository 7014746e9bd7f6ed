// Prisma client factory shared by the app (lib/db.ts) and scripts (seed, bench).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

export type PrismaPoolOptions = {
  /** called with errors of idle and in-use pool connections (e.g. the server restarting) */
  onConnectionError?: (err: Error) => void;
  /** give up connecting after this long (pg's default waits forever on a silent host) */
  connectionTimeoutMillis?: number;
};

export function createPrisma(connectionString: string, poolSize = 10, o: PrismaPoolOptions = {}): PrismaClient {
  const adapter = new PrismaPg(
    { connectionString, max: poolSize, connectionTimeoutMillis: o.connectionTimeoutMillis },
    { onPoolError: o.onConnectionError, onConnectionError: o.onConnectionError },
  );
  return new PrismaClient({ adapter });
}
