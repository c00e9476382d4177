/**
 * Preallocated buffers for one simulated trial, reused for every trial of a point so the loop
 * allocates nothing. Arm 0 is the control. Statistics are oriented: positive = treatment better.
 */
export class Workspace {
  readonly arms: number;
  /** Completers per arm (after dropout). */
  readonly m: Int32Array;
  readonly mean: Float64Array;
  /** Sum of squared deviations about the arm mean, (m − 1)·s². */
  readonly ss: Float64Array;
  /** Responders per arm (binary endpoints). */
  readonly successes: Int32Array;
  /** Patient values per arm (full-data path) and their baseline covariate. */
  readonly data: Float64Array[];
  readonly base: Float64Array[];
  /** Per comparison (index = treatment arm): oriented statistic, p-value, rejection flag. */
  readonly stat: Float64Array;
  readonly p: Float64Array;
  readonly reject: Uint8Array;

  constructor(n: readonly number[], fullData: boolean, withBaseline: boolean) {
    this.arms = n.length;
    this.m = new Int32Array(this.arms);
    this.mean = new Float64Array(this.arms);
    this.ss = new Float64Array(this.arms);
    this.successes = new Int32Array(this.arms);
    this.data = n.map((ni) => new Float64Array(fullData ? ni : 0));
    this.base = n.map((ni) => new Float64Array(fullData && withBaseline ? ni : 0));
    this.stat = new Float64Array(this.arms);
    this.p = new Float64Array(this.arms);
    this.reject = new Uint8Array(this.arms);
  }
}
