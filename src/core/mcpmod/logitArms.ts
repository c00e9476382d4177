/**
 * One trial's per-arm estimates on the logit scale for generalised MCP-Mod (Pinheiro, Bornkamp, Glimm & Bretz 2014):
 * θ̂ⱼ = logit(p̃ⱼ) with estimated variance vⱼ = 1/(m̃ⱼ p̃ⱼ(1 − p̃ⱼ)), the diagonal of S. An arm with 0 or all responders
 * has no finite logit, so it gets a continuity adjustment of ½ responder and 1 patient: p̃ = (x + ½)/(m + 1), m̃ = m + 1
 * (the other arms keep p̃ = x/m, m̃ = m). Writes θ̂ to `theta`, v to `v` and the unadjusted observed rate x/m to `rate`;
 * false (θ̂ NaN) when an arm has no completers. Allocates nothing.
 * @example logitArmEstimates(Int32Array.of(0, 5), Int32Array.of(10, 10), theta, v, rate) // theta → [−3.045, 0], v → [2.095, 0.4]
 */
export function logitArmEstimates(
  successes: ArrayLike<number>,
  m: ArrayLike<number>,
  theta: Float64Array,
  v: Float64Array,
  rate: Float64Array,
): boolean {
  let ok = true;
  for (let j = 0; j < theta.length; j++) {
    const n = m[j];
    const x = successes[j];
    if (!(n >= 1)) {
      theta[j] = v[j] = rate[j] = NaN;
      ok = false;
      continue;
    }
    rate[j] = x / n;
    const edge = x <= 0 || x >= n;
    const nt = edge ? n + 1 : n;
    const p = edge ? (x + 0.5) / nt : x / n;
    theta[j] = Math.log(p / (1 - p));
    v[j] = 1 / (nt * p * (1 - p));
  }
  return ok;
}
