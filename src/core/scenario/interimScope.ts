import type { InterimSpec } from '../interim/types.ts';
import type { Checker } from './checks.ts';
import { checkInterimLooks } from './validateInterim.ts';
import type { WrittenScenario } from './writtenTypes.ts';

/**
 * What an interim design can be combined with (issue 12's scope): any test with and without dropout; several
 * treatment arms with Bonferroni at each look. Not yet: a design prior (assurance), enrichment, the MCP-Mod
 * trend test, Holm/Hochberg/Dunnett. Then every look must hold enough patients at every n of the grid.
 */
export function checkInterimScope(c: Checker, spec: InterimSpec, w: WrittenScenario, priorGiven: boolean, enrichmentGiven: boolean): boolean {
  const k = w.arms.length - 1;
  if (priorGiven) return refuse(c, 'interim', 'cannot yet be combined with effectPrior (assurance of a group-sequential design); remove one of them', 'effectPrior');
  if (enrichmentGiven) return refuse(c, 'interim', 'cannot yet be combined with enrichment; remove one of them', 'enrichment');
  if (w.doseResponse && w.trendTest?.enabled !== false)
    return refuse(c, 'interim', 'cannot yet be combined with the MCP-Mod trend test; set trendTest.enabled to false to test each dose against control', 'trendTest');
  if (k > 1 && w.analysis.multiplicity !== 'bonferroni')
    return refuse(c, 
      'analysis.multiplicity',
      `must be "bonferroni" with interim looks and ${k} treatment arms (each arm is tested at alpha / (sides × ${k}) at every look)`,
      w.analysis.multiplicity,
    );
  const sizes: number[] = [];
  for (const n of w.design.nPerArm) sizes.push(n, Math.round(n * w.design.allocation));
  return checkInterimLooks(c, spec, sizes);
}

function refuse(c: Checker, path: string, rule: string, got: unknown): false {
  c.fail(path, rule, got);
  return false;
}
