import { monteCarloSe } from './wilson.ts';

/** One planned dose's chance of being carried forward, with its Monte Carlo standard error. */
export interface CarryShare {
  arm: string;
  dose: number;
  p: number;
  mcse: number;
}

/**
 * The dose a trial carries forward after the Mod step (trendTest.estimate): the smallest planned active dose at or
 * above TD̂ (so the next study's dose reaches the estimated target), or none when the MCP step is not significant
 * or the fitted curve never reaches Δ. Each trial carries exactly one dose or none, so the shares sum to 1.
 */
export interface CarryForward {
  /** One entry per active arm, in arm order. */
  doses: CarryShare[];
  none: { p: number; mcse: number };
}

/**
 * The arm (index into `doses`, placebo at 0 excluded) whose planned dose is the smallest at or above `td`; −1 when
 * TD̂ is NaN or above every planned dose. Ties in dose go to the first arm.
 * @example carryArm(3, [0, 1, 2.5, 5, 10]) // → 3
 */
export function carryArm(td: number, doses: readonly number[]): number {
  let best = -1;
  for (let i = 1; i < doses.length; i++) if (doses[i] >= td && (best < 0 || doses[i] < doses[best])) best = i;
  return best;
}

/**
 * Counts per grid point how often each planned dose is carried forward, from the TD̂ of every trial that has one
 * (integer counts: chunks merge exactly in any order). Trials without a TD̂ count as "none".
 * @example const c = new TdCarry([0, 1, 2]); c.add([0.5, 1.5, 1.9]); c.summary(4, ['P', 'A', 'B']).none.p // → 0.25
 */
export class TdCarry {
  /** Per arm (placebo's slot stays 0); how many TD̂ landed above the top dose (never, as TD̂ ≤ top dose). */
  readonly counts: Uint32Array;
  beyond = 0;

  constructor(readonly doses: readonly number[]) {
    this.counts = new Uint32Array(doses.length);
  }

  /** A chunk's TD̂ values (one per trial that has one). */
  add(values: ArrayLike<number>): void {
    for (let i = 0; i < values.length; i++) {
      const a = carryArm(values[i], this.doses);
      if (a < 0) this.beyond++;
      else this.counts[a]++;
    }
  }

  /** Shares of `trials` (all trials at the point, significant or not), with MCSE √(p(1 − p)/trials). */
  summary(trials: number, labels: readonly string[]): CarryForward {
    const share = (c: number) => (trials > 0 ? c / trials : NaN);
    let carried = 0;
    const doses = this.doses.slice(1).map((dose, j) => {
      const c = this.counts[j + 1];
      carried += c;
      const p = share(c);
      return { arm: labels[j + 1] ?? `arm ${j + 1}`, dose, p, mcse: monteCarloSe(p, trials) };
    });
    const p = share(trials - carried);
    return { doses, none: { p, mcse: monteCarloSe(p, trials) } };
  }
}
