/** The environment holds a value the platform cannot start with. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nFix the variables above (see .env.example) and start again.`,
    );
    this.name = 'ConfigError';
  }
}
