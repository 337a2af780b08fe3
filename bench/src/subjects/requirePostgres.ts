import type { SubjectEnvironment } from '../subject';

/** The server's URL, or an error saying which subject needed one: the runner only picks PostgreSQL subjects when a server runs. */
export const requirePostgres = (environment: SubjectEnvironment, subject: string): string => {
  if (environment.postgresAdminUrl === undefined) throw new Error(`${subject} needs a PostgreSQL server, and none was started`);
  return environment.postgresAdminUrl;
};
