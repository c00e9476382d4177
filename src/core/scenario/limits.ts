/** What a scenario may ask for: beyond these a run could not finish in a browser tab. */
export const LIMITS = {
  minArms: 2,
  /** Control plus up to five treatment arms. */
  maxArms: 6,
  minN: 2,
  maxN: 100_000,
  maxPoints: 100,
  minSims: 100,
  maxSims: 1_000_000,
  maxDropout: 0.9,
  /** arms[i].lossOfAmbulation: the chance of being unable to walk at follow-up. */
  maxLoss: 0.9,
  /** endpoint.timeCap in seconds (an hour: far beyond any timed-walk protocol's stop). */
  maxTimeCap: 3600,
  maxAbsValue: 1e6,
  /** |difference| / sd of a treatment arm against the control (continuous and timed-walk endpoints). */
  maxStandardisedEffect: 50,
  /** Random draws per run (about a minute on two cores). */
  maxWork: 20e9,
} as const;
