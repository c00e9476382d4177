/**
 * Below this much work (estimateWork's draw-equivalents: one patient's outcome on the full-data path, ~20–50 ns on
 * one core here) a run takes under ~0.1–0.25 s on one thread: less than a second thread saves once it has started
 * and warmed up (~50–150 ms on this 2-core machine, more under load). Measured here under load: the EDSS Plus
 * responder scenario (1.3e6) 0.11–0.16 s on one thread, 0.22–0.26 s on two; the T25FW one (8.3e6) 0.36–0.44 s on one.
 */
export const SMALL_WORK = 5e6;

/**
 * Workers for a run: one for a small run, else one per core (the command line's threads when `--workers` is not given;
 * the page's workers, of its pool of one per core).
 */
export function autoWorkers(work: number, cores: number): number {
  return work < SMALL_WORK ? 1 : Math.max(1, cores);
}
