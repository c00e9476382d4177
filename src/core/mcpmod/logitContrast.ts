/**
 * Contrast j of a binary trial, optimal for candidate shape μ_j (row j of `shapes`, arms × candidates row-major) under
 * the trial's Ŝ = diag(v): c ∝ Ŝ⁻¹(μ − μ̄·1), μ̄ = Σμᵢ/vᵢ / Σ1/vᵢ (DoseFinding's optContr with S), unit length, written
 * to row j of `C`; row j of `a` gets Ŝ^½c/√(cᵀŜc), the unit vector with T_j = a_j·z under the null. Returns
 * T_j = sign·c·θ̂/√(cᵀŜc). Allocates nothing.
 * @example logitContrast(Float64Array.of(0, 1), 0, theta, Float64Array.of(0.4, 0.4), C, a, 1) // C → [−0.7071, 0.7071]
 */
export function logitContrast(
  shapes: Float64Array,
  j: number,
  theta: Float64Array,
  v: Float64Array,
  C: Float64Array,
  a: Float64Array,
  sign: number,
): number {
  const k = v.length;
  let sw = 0;
  let swm = 0;
  for (let i = 0; i < k; i++) {
    sw += 1 / v[i];
    swm += shapes[j * k + i] / v[i];
  }
  const bar = swm / sw;
  let len = 0;
  for (let i = 0; i < k; i++) {
    const c = (shapes[j * k + i] - bar) / v[i];
    C[j * k + i] = c;
    len += c * c;
  }
  len = Math.sqrt(len);
  let num = 0;
  let V = 0;
  for (let i = 0; i < k; i++) {
    const c = (C[j * k + i] /= len);
    num += c * theta[i];
    V += c * c * v[i];
  }
  const sd = Math.sqrt(V);
  for (let i = 0; i < k; i++) a[j * k + i] = (C[j * k + i] * Math.sqrt(v[i])) / sd;
  return (sign * num) / sd;
}

/**
 * Every a_m is orthogonal to b = Ŝ^(−½)·1 (the contrasts sum to 0), so a Householder reflection taking b/|b| to the last
 * axis leaves them in the first k − 1 coordinates (written to `reduced`, models × (k − 1); `h` is scratch of k): the
 * sphere to integrate has one dimension less (for k ≤ 5 an area-preserving map, see spherePoint), which made the
 * quasi-Monte Carlo markedly more accurate against pmvnorm (binary.json). Allocates nothing.
 * @example householderReduce(Float64Array.of(-0.7071, 0.7071), Float64Array.of(1, 1), 1, h, out) // out → [±1]
 */
export function householderReduce(a: Float64Array, v: Float64Array, models: number, h: Float64Array, reduced: Float64Array): void {
  const k = v.length;
  let norm = 0;
  for (let i = 0; i < k; i++) norm += 1 / v[i];
  norm = Math.sqrt(norm);
  let hh = 0;
  for (let i = 0; i < k; i++) {
    h[i] = 1 / Math.sqrt(v[i]) / norm - (i === k - 1 ? 1 : 0);
    hh += h[i] * h[i];
  }
  for (let m = 0; m < models; m++) {
    let dot = 0;
    for (let i = 0; i < k; i++) dot += h[i] * a[m * k + i];
    const f = hh > 1e-24 ? (2 * dot) / hh : 0;
    for (let i = 0; i < k - 1; i++) reduced[m * (k - 1) + i] = a[m * k + i] - f * h[i];
  }
}
