import type { Checker } from './checks.ts';
import type { Arm, Endpoint, Intercurrent, WrittenScenario } from './types.ts';

/** The strategies of `analysis.intercurrent` (docs/scenario-format.md, "Loss of ambulation"). */
export const INTERCURRENT = ['worst-rank', 'non-responder', 'exclude', 'cap'] as const satisfies readonly Intercurrent[];

interface Parts {
  endpoint: Endpoint;
  arms: Arm[];
  analysis: WrittenScenario['analysis'];
  /** Whether the scenario has these blocks (none of them is combined with a loss yet). */
  interim: boolean;
  enrichment: boolean;
  /** A dose-response model whose trend test is on. */
  trend: boolean;
}

/** Whether the endpoint is a timed walk, or a responder built on one. */
const onTimedWalk = (e: Endpoint) => e.type === 'timed-walk' || (e.type === 'responder' && e.source.type === 'timed-walk');

/**
 * Loss of ambulation, the time cap and the strategy together: each refusal names the field and what it
 * allows. A loss (or a cap) needs a strategy, and a strategy needs the test and endpoint it is defined for.
 */
export function checkIntercurrent(c: Checker, p: Parts): boolean {
  const before = c.errors.length;
  const { endpoint: e, analysis } = p;
  const strategy = analysis.intercurrent;
  const lossy = p.arms.map((a, i) => ({ i, loss: a.lossOfAmbulation ?? 0 })).filter((a) => a.loss > 0);
  const cap = e.type === 'timed-walk' ? e.timeCap : undefined;
  for (const { i, loss } of lossy) {
    if (!onTimedWalk(e)) c.fail(`arms[${i}].lossOfAmbulation`, `needs a timed-walk endpoint or a responder built on one, not a ${e.type} endpoint`, loss);
  }
  if (c.errors.length > before) return false;
  const first = lossy[0];
  const say = (path: string, rule: string) => c.errors.push({ path, message: `${path} ${rule}` });
  if (strategy === undefined) {
    if (first)
      say('analysis.intercurrent', `is needed when arms[${first.i}].lossOfAmbulation is above 0 (${first.loss}): say how patients unable to walk are analysed, one of worst-rank, non-responder, exclude, cap`);
    else if (cap !== undefined) say('analysis.intercurrent', 'is needed with endpoint.timeCap (times above the cap count as unable to walk): one of worst-rank, exclude, cap');
    return c.errors.length === before;
  }
  const refuse = (rule: string) => c.fail('analysis.intercurrent', rule, strategy);
  if (!onTimedWalk(e)) refuse(`needs a timed-walk endpoint or a responder built on one, not a ${e.type} endpoint`);
  else if (strategy === 'worst-rank' && analysis.test !== 'mann-whitney')
    refuse(`"worst-rank" needs analysis.test "mann-whitney" (unable patients rank below every walker), not "${analysis.test}"`);
  else if (strategy === 'non-responder' && e.type !== 'responder')
    refuse('"non-responder" needs a responder endpoint built on the timed walk (use worst-rank, exclude or cap for the % improvement)');
  else if (strategy === 'cap' && e.type !== 'timed-walk') refuse('"cap" needs a timed-walk endpoint analysed as a % improvement (use non-responder or exclude for responders)');
  else if (strategy === 'cap' && e.type === 'timed-walk' && e.measure !== 'distance' && cap === undefined)
    refuse('"cap" needs endpoint.timeCap (the time, in seconds, an unable patient is given)');
  else if (cap !== undefined && strategy === 'non-responder') refuse('"non-responder" cannot use endpoint.timeCap');
  if (c.errors.length > before) return false;
  if (!first && cap === undefined) return true;
  const what = first ? `arms[${first.i}].lossOfAmbulation` : 'endpoint.timeCap';
  const scope = (path: string, name: string) => c.fail(path, `cannot yet be combined with ${what} (loss of ambulation); remove one of them`, name);
  if (p.interim) scope('interim', 'interim');
  else if (p.enrichment) scope('enrichment', 'enrichment');
  else if (p.trend) scope('trendTest', 'set trendTest.enabled to false');
  return c.errors.length === before;
}
