import pkg from '../package.json' with { type: 'json' };

/** The tool's version, stamped into plan comments so a reader knows what produced them. */
export const VERSION: string = pkg.version;
