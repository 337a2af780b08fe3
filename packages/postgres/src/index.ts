export { makePostgresEventStore } from './postgresEventStore';
export type { PostgresEventStoreOptions } from './postgresEventStore';
export { migratePostgres, migrationChecksum } from './migratePostgres';
export type { MigrationReport } from './migratePostgres';
export { postgresMigrations } from './migrations';
export type { PostgresMigration } from './migrations';
export { createAnalystRole, createWriterRole } from './postgresRoles';
export type { RoleOptions } from './postgresRoles';
export { makePostgresCheckpointStore } from './postgresCheckpointStore';
