/**
 * Quadrature rules for Dunnett's one-factor integral (see dunnett.ts): trapezoidal rule in z (standard normal
 * factor) and in y = log S (S = √(χ²_ν/ν)); on ℝ the trapezoidal rule converges geometrically for analytic,
 * rapidly decaying integrands (Trefethen & Weideman 2014), which both are.
 */
import { logGamma } from './gammaFn.ts';

const INV_SQRT_2PI = 0.3989422804014327;
/** Node caps: past them (λ within ~4e-7 of 1, ν below ~1e-5) the rule is refused (null → NaN), never built for minutes. */
const MAX_Z_NODES = 20_000;
const MAX_S_NODES = 20_000;
/** Beyond this ν, S = √(χ²_ν/ν) is 1 to within the quadrature's accuracy (c(ν) − c(∞) ≈ 3/ν). */
const DF_AS_INFINITE = 1e11;

/** Quadrature nodes for one (λ, ν, sides) configuration; reused across c values. */
export interface DunnettRule {
  invSig: Float64Array; // 1/σ_g per distinct λ_g
  lam: Float64Array; // λ_g
  mult: Float64Array; // multiplicity of λ_g
  s: Float64Array;
  ws: Float64Array;
  z: Float64Array;
  wz: Float64Array;
  cumWz: Float64Array; // cumWz[j] = Σ_{i<j} wz[i]
  hz: number; // z spacing
  sides: 1 | 2;
}

/**
 * Product trapezoidal rule for the Dunnett one-factor integral (z step 0.5·min(1, σ/λ), |z| ≤ 8.5; null if inputs are invalid
 * or ν < 1).
 * `coarse` multiplies the z and log-S steps (a cheaper, less accurate rule; 1 = full accuracy).
 * @example
 * buildDunnettRule([0.5], 10, 2).wz.reduce((a, w) => a + w, 0) // → 1.000000000 (the normal density integrates to 1)
 * buildDunnettRule([0.5], 0.5, 2) === null // → true (ν < 1)
 */
export function buildDunnettRule(lambdas: ArrayLike<number>, df: number, sides: 1 | 2, coarse = 1): DunnettRule | null {
  const k = lambdas.length;
  // ν ≥ 1 (every trial has it): below, the quadrature is neither validated nor cheap
  if (k === 0 || !(df >= 1) || (sides !== 1 && sides !== 2)) return null;
  const sorted = Array.from(lambdas).sort((a, b) => a - b);
  if (!(sorted[0] >= 0 && sorted[k - 1] < 1)) return null;
  const lam: number[] = [];
  const mult: number[] = [];
  for (const l of sorted) {
    if (lam.length > 0 && Math.abs(l - lam[lam.length - 1]) <= 1e-15) mult[mult.length - 1]++;
    else (lam.push(l), mult.push(1));
  }
  const invSig = lam.map((l) => 1 / Math.sqrt(1 - l * l));
  let ratio = 1;
  for (let g = 0; g < lam.length; g++) if (lam[g] > 0) ratio = Math.min(ratio, 1 / (lam[g] * invSig[g]));
  const hz = 0.5 * ratio * coarse;
  const m = Math.floor(8.5 / hz);
  if (!(m <= MAX_Z_NODES)) return null;
  const zs: number[] = [];
  const wz: number[] = [];
  for (let j = sides === 2 ? 0 : -m; j <= m; j++) {
    const z = j * hz;
    zs.push(z);
    wz.push((sides === 2 && j > 0 ? 2 : 1) * hz * INV_SQRT_2PI * Math.exp(-0.5 * z * z));
  }
  const [s, ws] = cachedChiRule(df, coarse);
  if (s.length === 0) return null;
  const f64 = (a: number[]) => Float64Array.from(a);
  const cumWz = new Float64Array(wz.length + 1);
  for (let j = 0; j < wz.length; j++) cumWz[j + 1] = cumWz[j] + wz[j];
  return { invSig: f64(invSig), lam: f64(lam), mult: f64(mult), s, ws, z: f64(zs), wz: f64(wz), cumWz, hz, sides };
}

/** Memo bounds: at most MAX_RULES entries, none with more than MAX_CACHED_NODES nodes (a few MB in all). */
const MAX_RULES = 1024;
const MAX_CACHED_NODES = 2048;
const rules = new Map<string, DunnettRule | null>();
const chiRules = new Map<string, [Float64Array, Float64Array]>();

/**
 * buildDunnettRule, memoised: a simulation evaluates the CDF for the same design (completer counts,
 * df) again and again, and building the nodes costs as much as an evaluation. Rules are read-only.
 * @example
 * cachedDunnettRule([0.5], 10, 2) === cachedDunnettRule([0.5], 10, 2) // → true (built once)
 */
export function cachedDunnettRule(lambdas: ArrayLike<number>, df: number, sides: 1 | 2, coarse = 1): DunnettRule | null {
  let key = `${df}|${sides}|${coarse}`;
  for (let i = 0; i < lambdas.length; i++) key += `|${lambdas[i]}`;
  let rule = rules.get(key);
  if (rule === undefined) {
    rule = buildDunnettRule(lambdas, df, sides, coarse);
    if (rule === null || rule.s.length + rule.z.length <= MAX_CACHED_NODES) {
      if (rules.size >= MAX_RULES) rules.clear();
      rules.set(key, rule);
    }
  }
  return rule;
}

/** chiRule memoised per (df, coarse): Welch-type comparisons change λ every trial but df only a little. */
function cachedChiRule(df: number, coarse: number): [Float64Array, Float64Array] {
  const key = `${df}|${coarse}`;
  let r = chiRules.get(key);
  if (r === undefined) {
    r = chiRule(df, coarse);
    if (r[0].length <= MAX_CACHED_NODES) {
      if (chiRules.size >= MAX_RULES) chiRules.clear();
      chiRules.set(key, r);
    }
  }
  return r;
}

/**
 * Trapezoidal nodes/weights in y = log S for S = √(χ²_ν/ν); density of y is 2(ν/2)^{ν/2}e^{νy − νe^{2y}/2}/Γ(ν/2).
 * Empty arrays when ν is so small that the rule would need more than 20,000 nodes.
 * @example
 * const [s, w] = chiRule(10);
 * s.reduce((a, si, i) => a + w[i] * si * si, 0) // → 1.000000000 (E[χ²₁₀/10] = 1)
 */
export function chiRule(df: number, coarse = 1): [Float64Array, Float64Array] {
  if (df > DF_AS_INFINITE) return [Float64Array.of(1), Float64Array.of(1)];
  const cut = 34;
  const drop = (y: number) => df * y - 0.5 * df * Math.expm1(2 * y) + cut; // log-density relative to the peak at y = 0, + cut
  const root = (a: number, b: number) => {
    for (let i = 0; i < 100 && b - a > 1e-6; i++) {
      const mid = 0.5 * (a + b);
      if ((drop(mid) > 0) === (drop(a) > 0)) a = mid;
      else b = mid;
    }
    return 0.5 * (a + b);
  };
  const lo = root(-cut / df - 1, 0);
  const hi = root(0, 0.5 * Math.log1p((2 * cut) / df) + 1);
  const factor = df < 5 ? 0.35 : df < 10 ? 0.5 : 0.6;
  const n = Math.ceil((hi - lo) / ((coarse * factor) / Math.sqrt(2 * df)));
  if (!(n <= MAX_S_NODES)) return [new Float64Array(0), new Float64Array(0)];
  const h = (hi - lo) / n;
  const logC = Math.LN2 + 0.5 * df * Math.log(0.5 * df) - logGamma(0.5 * df);
  const s = new Float64Array(n + 1);
  const ws = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const y = lo + i * h;
    s[i] = Math.exp(y);
    ws[i] = h * Math.exp(logC + df * y - 0.5 * df * s[i] * s[i]);
  }
  return [s, ws];
}

