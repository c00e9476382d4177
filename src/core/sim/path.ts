import type { Endpoint, TestName } from '../scenario/types.ts';

/**
 * How a scenario's trials are simulated.
 * - 'normal-summary': normal data analysed by a t-test. Each arm's sample mean and variance are drawn
 *   directly (mean ~ N(mu, sd²/m), (m−1)s²/sd² ~ χ²(m−1), independent): exact in distribution.
 * - 'binary-counts': a binary or threshold responder endpoint. Responders ~ Binomial(m, p), exact.
 * - 'full-data': every patient's value is drawn (skewed timed-walk data, rank tests, ANCOVA).
 */
export type SimulationPath = 'normal-summary' | 'binary-counts' | 'full-data';

export function simulationPath(endpoint: Endpoint, test: TestName): SimulationPath {
  if (endpoint.type === 'binary' || endpoint.type === 'responder') return 'binary-counts';
  if (endpoint.type === 'continuous' && (test === 'student' || test === 'welch')) return 'normal-summary';
  return 'full-data';
}

/** Tests that make sense for each endpoint type. */
export const TESTS_FOR: Record<Endpoint['type'], readonly TestName[]> = {
  continuous: ['welch', 'student', 'mann-whitney', 'ancova'],
  'timed-walk': ['welch', 'student', 'mann-whitney', 'ancova'],
  binary: ['chi-square', 'fisher'],
  responder: ['chi-square', 'fisher'],
};
