import type { Checker, Fields } from './checks.ts';
import type { FIELDS } from './fields.ts';
import type { Arm, Endpoint, WrittenScenario } from './types.ts';
import { checkBinaryTrend } from './binaryTrendChecks.ts';

/** The largest prior sd on a difference of two rates: the difference lies in [−1, 1]. */
const MAX_RATE_PRIOR_SD = 0.5;

/**
 * Fields that are valid one by one but not together (each a field error naming the field): a
 * trendTest without doses, or with keys a binary or responder endpoint's trend test does not use (checkBinaryTrend),
 * Dunnett with one treatment arm, a prior sd on a rate difference above 0.5. Arms' dose keys without
 * a doseResponse and mean/sd on binary arms are refused where the arms' keys are read.
 */
export function checkCombinations(
  c: Checker,
  input: Fields<(typeof FIELDS.scenario)[number]>,
  endpoint: Endpoint,
  arms: Arm[],
  analysis: WrittenScenario['analysis'],
): boolean {
  const before = c.errors.length;
  const refuse = (path: string, message: string) => c.errors.push({ path, message: `${path} ${message}` });
  if (input.trendTest !== undefined && input.doseResponse === undefined)
    refuse('trendTest', 'needs a doseResponse model and dose arms (there is none)');
  else if (input.trendTest !== undefined && (endpoint.type === 'binary' || endpoint.type === 'responder')) checkBinaryTrend(refuse, input.trendTest, endpoint.type);
  // Every Dunnett variant (single-step, step-down) is a many-to-one procedure.
  if (analysis.multiplicity.startsWith('dunnett') && arms.length === 2)
    c.fail('analysis.multiplicity', `"${analysis.multiplicity}" needs at least two treatment arms (use "none" for one)`, analysis.multiplicity);
  const prior = input.effectPrior as { sd?: unknown } | undefined;
  if (endpoint.type === 'binary' && typeof prior?.sd === 'number' && prior.sd > MAX_RATE_PRIOR_SD)
    c.fail('effectPrior.sd', `must be at most ${MAX_RATE_PRIOR_SD} on a difference of two rates`, prior.sd);
  return c.errors.length === before;
}
