/**
 * Thrown by a set-up that cannot run on this machine (no PostgreSQL binaries, say): outside CI the
 * docs tests skip the block with this reason; with CI=true the block fails, since nothing may skip.
 */
export class SetupUnavailable extends Error {
  override readonly name = 'SetupUnavailable';
}
