import packageJson from '../package.json' with { type: 'json' };

/**
 * The version of `@poortwachter/cli`, as `poortwachter --version` prints it.
 *
 * @example
 * ```ts
 * CLI_VERSION; // '0.1.0'
 * ```
 * @category CLI
 */
export const CLI_VERSION: string = packageJson.version;
