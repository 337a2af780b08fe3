// `npm run` hands its scripts npm_* variables (npm_config_local_prefix among them) that would
// point a nested npm at this repository instead of the directory it is run in.

/** The environment for a nested npm command: this process's, without the npm_* variables. */
export const npmEnv = (extra = {}) => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_'))),
  ...extra,
});
