// Every subject of the bench, in the order the table prints them: by backend, the raw driver first.
import type { Subject } from '../subject';
import { emmettMemory } from './emmettMemory';
import { emmettPostgres } from './emmettPostgres';
import { oursEsdb } from './oursEsdb';
import { oursMemory } from './oursMemory';
import { oursPostgres } from './oursPostgres';
import { oursSqlite } from './oursSqlite';
import { rawMemory } from './rawMemory';
import { rawPostgres } from './rawPostgres';
import { rawSqlite } from './rawSqlite';

/** Every subject, grouped by backend: raw driver, ours, Emmett; EventStoreDB last, apart. */
export const allSubjects: ReadonlyArray<Subject> = [
  rawMemory,
  oursMemory,
  emmettMemory,
  rawSqlite,
  oursSqlite,
  rawPostgres,
  oursPostgres,
  emmettPostgres,
  oursEsdb,
];

/** The subject of a name, or undefined. */
export const subjectNamed = (name: string): Subject | undefined => allSubjects.find((s) => s.name === name);
