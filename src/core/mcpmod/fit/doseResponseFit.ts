import { brentMin, type BrentResult, type Objective1D } from './brent.ts';
import { defaultBounds, FIT_COEFS, type ArmSummary, type FitModel } from './types.ts';
import { WeightedProfile } from './weightedProfile.ts';
import { fitQuadratic } from './fitQuadratic.ts';
import { SigEmaxSearch } from './sigEmaxSearch.ts';

/** DoseFinding's fit.control: 30 grid nodes in one dimension, optimize's tol = √ε. */
const GRID = 30;
const TOL = Math.sqrt(2 ** -52);

/**
 * Least-squares fit of one dose-response model to a trial's arm summaries, as DoseFinding's fitMod(type = "normal")
 * on raw data: weighted least squares on the arm means (weights = completers) plus the within-arm sum of squares.
 * Linear parameters in closed form; a nonlinear parameter (Emax ED50, exponential δ) profiled on DoseFinding's grid
 * (30 midpoints of the bounds) and refined by Brent's method within ±1.1 grid steps of the best node, as fitMod does
 * (then the bound itself if Brent stopped next to it).
 * Sigmoid Emax starts at the best node of fitMod's 144-point lattice and refines (ED50, h) by Levenberg–Marquardt
 * (SigEmaxSearch; fitMod uses nlminb: the same optimum or a better one in the fit tests). AIC =
 * N(log 2π + 1 + log(RSS/N)) + 2(p + 1) with N completers (DoseFinding's logLik.DRMod). Allocates nothing per fit.
 * `general`: fitMod(type = "general") with a diagonal S instead, generalised least squares on the arm estimates with
 * weights 1/Sᵢᵢ given as `m` (no within-arm term, `ss` unused), `rss` its gRSS and `aic` DoseFinding's gAIC.DRMod,
 * gRSS + 2·(number of coefficients).
 * @example new DoseResponseFit('emax', [0, 1, 2, 4, 8]).fit(ws) // coefs = [e0, eMax, ed50]
 */
export class DoseResponseFit {
  readonly model: FitModel;
  readonly doses: Float64Array;
  readonly maxDose: number;
  /** linlog's offset: the model is e0 + δ·log(d + off). */
  readonly offset: number;
  readonly bounds: [number, number][];
  /** Coefficients in fitMod's order (see FitModel); NaN when the fit failed. */
  readonly coefs: Float64Array;
  /** Full-data residual sum of squares (within + between arms), AIC, and whether the fit is usable. */
  rss = NaN;
  aic = NaN;
  ok = false;
  /** fitMod's type "general" (see the class comment). */
  readonly general: boolean;
  private readonly prof: WeightedProfile;
  private readonly z: Float64Array;
  private readonly logD: Float64Array;
  private readonly slot: BrentResult = { x: NaN, fx: NaN };
  private hill = 1;
  private readonly inner: Objective1D;
  private readonly sig: SigEmaxSearch;

  constructor(model: FitModel, doses: readonly number[], options: { offset?: number; bounds?: [number, number][]; general?: boolean } = {}) {
    this.model = model;
    this.general = options.general ?? false;
    this.doses = Float64Array.from(doses);
    this.maxDose = Math.max(...doses);
    this.offset = options.offset ?? 1;
    this.bounds = options.bounds ?? defaultBounds(model, this.maxDose);
    this.coefs = new Float64Array(FIT_COEFS[model]).fill(NaN);
    this.prof = new WeightedProfile(doses.length);
    this.z = new Float64Array(doses.length);
    this.logD = Float64Array.from(doses, (d) => Math.log(d));
    // Made once: the searches call these objects' methods rather than fresh closures.
    this.inner = { value: (x) => this.profileRss(x) };
    this.sig = new SigEmaxSearch(this.prof, this.logD, this.bounds);
  }

  /** Fits one trial's arm summaries (arm order as the doses); sets coefs, rss, aic and ok. */
  fit(data: ArmSummary): boolean {
    const p = this.prof;
    p.load(data);
    const nCoef = this.coefs.length;
    let between = NaN;
    // Enough arms to tell the shape from noise (a 3- or 4-coefficient model on 3 arms is exact but still defined);
    // with completers as weights, more patients than coefficients (general weights are 1/variances, not counts).
    if (p.usedArms >= Math.min(nCoef, 3) && (this.general || p.totalWeight > nCoef)) {
      switch (this.model) {
        case 'linear':
        case 'linlog':
          for (let i = 0; i < this.z.length; i++) this.z[i] = this.model === 'linear' ? this.doses[i] : Math.log(this.doses[i] + this.offset);
          p.betweenRss(this.z);
          between = this.linearCoefs();
          break;
        case 'quadratic':
          between = fitQuadratic(p, this.doses, this.coefs);
          break;
        case 'sigEmax': {
          this.sig.run();
          this.coefs[2] = this.sig.ed50;
          this.coefs[3] = this.hill = this.sig.h;
          this.profileRss(this.sig.ed50);
          between = this.linearCoefs();
          break;
        }
        default: {
          const x = this.search(this.inner, this.bounds[0][0], this.bounds[0][1], GRID);
          this.coefs[2] = x;
          this.profileRss(x);
          between = this.linearCoefs();
        }
      }
    }
    if (this.general) {
      this.rss = between;
      this.aic = between + 2 * nCoef;
    } else {
      this.rss = between + p.within;
      const N = p.totalWeight;
      this.aic = N * (Math.log(2 * Math.PI) + 1 + Math.log(this.rss / N)) + 2 * (nCoef + 1);
    }
    this.ok = Number.isFinite(this.aic) && this.coefs.every(Number.isFinite);
    if (!this.ok) this.coefs.fill(NaN);
    return this.ok;
  }

  /** The fitted value at dose 0, f(0): e0, or e0 + δ·log(off) for linlog. */
  atZero(): number {
    return this.model === 'linlog' ? this.coefs[0] + this.coefs[1] * Math.log(this.offset) : this.coefs[0];
  }

  /** The fitted effect over placebo, f(d) − f(0) (not oriented). */
  effect(d: number): number {
    const c = this.coefs;
    switch (this.model) {
      case 'linear':
        return c[1] * d;
      case 'linlog':
        return c[1] * Math.log1p(d / this.offset);
      case 'quadratic':
        return c[1] * d + c[2] * d * d;
      case 'emax':
        return (c[1] * d) / (c[2] + d);
      case 'sigEmax':
        return d > 0 ? c[1] / (1 + Math.pow(c[2] / d, c[3])) : 0;
      case 'exponential':
        return c[1] * Math.expm1(d / c[2]);
    }
  }

  /** Intercept and slope of the last profile on z into coefs[0..1]; returns the between-arm RSS from residuals. */
  private linearCoefs(): number {
    const p = this.prof;
    this.coefs[0] = p.intercept;
    this.coefs[1] = p.slope;
    for (let i = 0; i < this.z.length; i++) this.z[i] = p.intercept + p.slope * this.z[i];
    return p.residualRss(this.z);
  }

  /** DoseFinding's 1-D search: best of `nodes` midpoints on [lo, hi], then Brent within ±1.1 steps; returns x. */
  private search(f: Objective1D, lo: number, hi: number, nodes: number): number {
    const step = (hi - lo) / nodes;
    let best = Infinity;
    let start = lo + step / 2;
    for (let j = 0; j < nodes; j++) {
      const x = lo + ((2 * j + 1) / (2 * nodes)) * (hi - lo);
      const v = f.value(x);
      if (v < best) {
        best = v;
        start = x;
      }
    }
    const r = brentMin(f, Math.max(start - 1.1 * step, lo), Math.min(start + 1.1 * step, hi), TOL, this.slot);
    // Brent stops ~√ε·x short of a bound it heads for; the bound itself can be a little better (fitMod keeps the former).
    const edge = r.x - lo < 1e-6 * (hi - lo) ? lo : hi - r.x < 1e-6 * (hi - lo) ? hi : NaN;
    if (edge === edge) {
      const v = f.value(edge);
      if (v < r.fx) {
        r.x = edge;
        r.fx = v;
      }
    }
    return r.x;
  }

  /** Between-arm RSS profiled over the linear parameters at nonlinear parameter x (and this.hill); z = the shape. */
  private profileRss(x: number): number {
    const z = this.z;
    const d = this.doses;
    if (this.model === 'emax') for (let i = 0; i < d.length; i++) z[i] = d[i] / (x + d[i]);
    else if (this.model === 'exponential') for (let i = 0; i < d.length; i++) z[i] = Math.expm1(d[i] / x);
    else {
      const lx = Math.log(x);
      const h = this.hill;
      for (let i = 0; i < d.length; i++) z[i] = d[i] > 0 ? 1 / (1 + Math.exp(h * (lx - this.logD[i]))) : 0;
    }
    return this.prof.betweenRss(z);
  }
}
