// Packs one workspace package the way `npm publish` would, so that checks see what users get.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { npmEnv } from './npmEnv.mjs';

/**
 * Runs `npm pack` in the package's directory into `destination` and returns the tarball's path
 * and the list of files it holds. Refuses a package whose build output is missing, since its
 * tarball would then lack what its `exports` point to.
 */
export const packPackage = ({ name, dir }, destination) => {
  if (!existsSync(join(dir, 'dist'))) {
    throw new Error(`${name}: ${join(dir, 'dist')} is missing: run \`npm run build\` first`);
  }
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: dir,
    env: npmEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [packed] = JSON.parse(output);
  return { tarball: join(destination, packed.filename), files: packed.files.map((f) => f.path) };
};
