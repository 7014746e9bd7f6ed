// What must never reach a user: stack frames, module paths, ORM names, SQL, driver errors.
const LEAKS = [/at \//, /node_modules/, /PrismaClient/, /SELECT /, /syntax error/i, /ECONNREFUSED/, /57P01/, /terminating connection/, /\.tsx?:\d+/];

/** The leak patterns found in a response body (empty when clean). */
export function leaksIn(body: string): string[] {
  return LEAKS.filter((re) => re.test(body)).map(String);
}
