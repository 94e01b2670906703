/** `--replicas exercise-agent=2,progress=2`: how many processes each named service gets in split mode. */
export function parseReplicas(value: string | undefined): Record<string, number> {
  if (!value) return {};
  return Object.fromEntries(
    value.split(',').map((pair) => {
      const [id, count] = pair.split('=');
      const n = Number(count);
      if (!id || !Number.isInteger(n) || n < 1 || n > 8)
        throw new Error(
          `--replicas ${value}: id=N pairs with N from 1 to 8, e.g. exercise-agent=2,progress=2`,
        );
      return [id.trim(), n];
    }),
  );
}
