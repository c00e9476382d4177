import type { Endpoint } from '../scenario/types.ts';

/**
 * +1 when a higher value is better, −1 when lower is better; statistics are oriented by it.
 * @example directionSign({ type: 'continuous', direction: 'lower-is-better' }) // → -1
 */
export function directionSign(endpoint: Endpoint): 1 | -1 {
  if (endpoint.type === 'continuous' || endpoint.type === 'binary')
    return endpoint.direction === 'lower-is-better' ? -1 : 1;
  return 1; // timed-walk % improvement and responders: higher is better by construction
}
