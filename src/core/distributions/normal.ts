/**
 * Standard normal distribution: density, CDF, upper tail and quantile.
 * CDF/SF use W. J. Cody's rational Chebyshev approximations (Cody 1969/1993, as in R's pnorm)
 * with the exp(-x²/2) split trick, giving ~1e-15 relative accuracy in both tails.
 */

const INV_SQRT_2PI = 0.3989422804014327;
const SQRT_32 = 5.656854249492381;

const A = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113];
const B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711,
  6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218, 1.0765576773720192317e-8,
];
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091,
  34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
];
const P = [0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303];
const Q = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5];

/**
 * Standard normal density φ(x) = exp(−x²/2)/√(2π) (direct formula).
 * @example
 * normalPdf(1) // → 0.24197072451914 (scipy)
 */
export function normalPdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}

/** exp(−y²/2)·f computed without losing relative accuracy for large y (Cody's split of y²). */
function gaussTail(y: number, f: number): number {
  const ysq = Math.trunc(y * 16) / 16;
  const del = (y - ysq) * (y + ysq);
  const h = Math.exp(-0.25 * ysq * ysq);
  return h * f * Math.exp(-0.5 * del) * h;
}

/**
 * Φ̄(y)·exp(y²/2) for y ≥ 0.67448975 (Cody 1969 rational approximations; for fused Φ/φ evaluation).
 * @example
 * normalTailFactor(2) // → 0.16810200122317 (mpmath)
 */
export function normalTailFactor(y: number): number {
  if (y <= SQRT_32) {
    let xnum = C[8] * y;
    let xden = y;
    for (let i = 0; i < 7; i++) {
      xnum = (xnum + C[i]) * y;
      xden = (xden + D[i]) * y;
    }
    return (xnum + C[7]) / (xden + D[7]);
  }
  const xsq = 1 / (y * y);
  let xnum = P[5] * xsq;
  let xden = xsq;
  for (let i = 0; i < 4; i++) {
    xnum = (xnum + P[i]) * xsq;
    xden = (xden + Q[i]) * xsq;
  }
  const temp = (xsq * (xnum + P[4])) / (xden + Q[4]);
  return (INV_SQRT_2PI - temp) / y;
}

/** Upper tail Φ̄(y) for y ≥ 0.67448975 (Cody's rational approximations). */
function upperTail(y: number): number {
  if (y > 40) return 0;
  return gaussTail(y, normalTailFactor(y));
}

/**
 * Central part Φ(x) − ½ for |x| ≤ 0.67448975 (Cody 1969 rational approximation).
 * @example
 * normalCentral(0.5) // → 0.19146246127401 (mpmath)
 */
export function normalCentral(x: number): number {
  const xsq = x * x;
  let xnum = A[4] * xsq;
  let xden = xsq;
  for (let i = 0; i < 3; i++) {
    xnum = (xnum + A[i]) * xsq;
    xden = (xden + B[i]) * xsq;
  }
  return (x * (xnum + A[3])) / (xden + B[3]);
}

/**
 * Standard normal CDF Φ(x) (Cody 1969 rational Chebyshev approximation, as in R's pnorm).
 * @example
 * normalCdf(1.96) // → 0.97500210485178 (scipy)
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const y = Math.abs(x);
  if (y <= 0.67448975) return 0.5 + normalCentral(x);
  const u = upperTail(y);
  return x > 0 ? 1 - u : u;
}

/**
 * Standard normal upper tail 1 − Φ(x), accurate to ~1e-15 relative far into the tail (Cody 1969).
 * @example
 * normalSf(10) // → 7.61985302416e-24 (mpmath)
 */
export function normalSf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const y = Math.abs(x);
  if (y <= 0.67448975) return 0.5 - normalCentral(x);
  const u = upperTail(y);
  return x > 0 ? u : 1 - u;
}

// Wichura (1988) AS 241 PPND16 coefficients, highest degree first: central region, then r ≤ 5 and r > 5 tails.
const QA = [2509.0809287301226727, 33430.575583588128105, 67265.770927008700853, 45921.953931549871457, 13731.693765509461125, 1971.5909503065514427, 133.14166789178437745, 3.387132872796366608];
const QB = [5226.495278852545925, 28729.085735721942674, 39307.89580009271061, 21213.794301586595867, 5394.1960214247511077, 687.1870074920579083, 42.313330701600911252, 1];
const QC = [7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177, 1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055, 4.6303378461565452959, 1.42343711074968357734];
const QD = [1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966, 0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494, 2.05319162663775882187, 1];
const QE = [2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386, 0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358, 5.4637849111641143699, 6.6579046435011037772];
const QF = [2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5, 7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531, 0.59983220655588793769, 1];

function horner(c: number[], x: number): number {
  let v = c[0];
  for (let i = 1; i < c.length; i++) v = v * x + c[i];
  return v;
}

/**
 * Standard normal quantile Φ⁻¹(p) (Wichura 1988, AS 241 PPND16, ~1e-16 relative).
 * @example
 * normalQuantile(0.975) // → 1.9599639845401 (scipy)
 */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * horner(QA, r)) / horner(QB, r);
  }
  const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const val = r <= 5 ? horner(QC, r - 1.6) / horner(QD, r - 1.6) : horner(QE, r - 5) / horner(QF, r - 5);
  return q < 0 ? -val : val;
}
