/** Enrichment: a trial restricted to one stratum of the population, compared with an all-comers trial. */

export interface Stratum {
  label: string;
  /** Share of the all-comers population, in (0, 1]; the shares sum to 1. */
  share: number;
  /** Treatment − control difference of the analysed value in this stratum. */
  effect: number;
  /** Control mean and sd in this stratum (default: the scenario's control arm). */
  controlMean?: number;
  sd?: number;
  /** Treatment-arm sd in this stratum (default: sd); a timed walk's spread often differs between arms. */
  treatmentSd?: number;
}

export interface Enrichment {
  strata: Stratum[];
  /** Label of the stratum the enriched trial recruits. */
  enrichTo: string;
}

/** A stratum with every parameter resolved, in the analysed value's units. */
export interface StratumModel {
  share: number;
  controlMean: number;
  treatmentMean: number;
  controlSd: number;
  treatmentSd: number;
}

/** Mean and sd of the analysed value in one arm. */
export interface ArmMoments {
  mean: number;
  sd: number;
}
