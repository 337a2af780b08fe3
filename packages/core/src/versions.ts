// @campaign-ledger/core/versions: event types that have more than one version. Every event is
// kept as it was written, forever; a later version of a type comes with a pure upcaster from the
// one before, and a store read through `versionedEventStore` gives every event in its latest
// version while its seal keeps covering the stored form. See docs/reliability.md.
export { eventVersions, VERSION_SEPARATOR } from './versions/eventVersions';
export type { EventVersions, UpcastFailure } from './versions/eventVersions';
export { eventVersioning } from './versions/eventVersioning';
export type { EventVersioning } from './versions/eventVersioning';
export { versionedEventStore } from './versions/versionedEventStore';
