/** The value after `--name` in a command line, or undefined when the flag is absent. */
export const flag = (args: string[], name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
