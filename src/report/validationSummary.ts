/** What the validation report says, in two numbers: methods checked and those whose result is not a pass. */
export interface ValidationSummary {
  methods: number;
  failing: number;
}

/** A table row's cells; `\|` inside a cell is an escaped pipe, not a border. */
const cells = (line: string): string[] => line.trim().replace(/^\||(?<!\\)\|$/g, '').split(/(?<!\\)\|/).map((c) => c.trim());

/**
 * Reads docs/validation.md's method tables (markdown, one row per check, with a "Pass" column, else a
 * "Result" one) and counts the rows and those that do not say they pass. Null without such a table.
 * @example validationSummary('| Method | Result | Pass |\n|---|---|---|\n| t | 0.05 | yes |') // → { methods: 1, failing: 0 }
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
      const pass = row.findIndex((c) => /^pass(ed)?$/i.test(c));
      resultCol = pass >= 0 ? pass : row.findIndex((c) => /^result/i.test(c));
      continue;
    }
    if (row.every((c) => /^:?-+:?$/.test(c))) continue;
    methods++;
    if (!/^(yes|pass(es|ed)?|ok)\b|^[✓✔]/i.test(row[resultCol] ?? '')) failing++;
  }
  return methods > 0 ? { methods, failing } : null;
}
