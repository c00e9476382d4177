/** What the validation report says, in two numbers: methods checked and those whose result is not a pass. */
export interface ValidationSummary {
  methods: number;
  failing: number;
}

const cells = (line: string): string[] => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());

/**
 * Reads docs/validation.md's method tables (markdown, one row per method with a "Result" column) and
 * counts the rows and those whose result does not say it passes. Null when the text holds no such table.
 * @example validationSummary('| Method | Result |\n|---|---|\n| t | pass |') // → { methods: 1, failing: 0 }
 */
export function validationSummary(markdown: string | null): ValidationSummary | null {
  if (markdown === null) return null;
  let methods = 0;
  let failing = 0;
  let resultCol = -1;
  for (const line of markdown.split('\n')) {
    if (!line.trim().startsWith('|')) {
      resultCol = -1;
      continue;
    }
    const row = cells(line);
    if (resultCol < 0) {
      resultCol = row.findIndex((c) => /^result/i.test(c));
      continue;
    }
    if (row.every((c) => /^:?-+:?$/.test(c))) continue;
    methods++;
    if (!/\b(pass(es|ed)?|ok)\b|✓|✔/i.test(row[resultCol] ?? '')) failing++;
  }
  return methods > 0 ? { methods, failing } : null;
}
