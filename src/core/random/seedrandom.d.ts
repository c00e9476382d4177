// Types for the single seedrandom sub-module we load. @types/seedrandom only
// describes the package root; importing the root would also pull in ARC4 and
// the crypto/entropy code, which we do not want in a Worker bundle.
declare module 'seedrandom/lib/tychei.js' {
  /** Tyche-i internal state: four signed 32-bit words. */
  export interface TycheiState {
    a: number;
    b: number;
    c: number;
    d: number;
  }
  /** A seeded Tyche-i generator as returned by seedrandom. */
  export interface TycheiPrng {
    (): number;
    double(): number;
    int32(): number;
    quick(): number;
    state(): TycheiState;
  }
  /** Creates a Tyche-i generator; `state: true` exposes `state()`. */
  export default function tychei(seed: string, options?: { state?: boolean | TycheiState }): TycheiPrng;
}
