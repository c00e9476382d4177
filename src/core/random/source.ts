/**
 * What the samplers draw from: the methods of RandomStream they call. Declared apart from the stream
 * so the samplers the stream builds on (gamma, binomial table, ziggurat tail) need not import it back.
 */
export interface RandomSource {
  /** Signed 32-bit generator output. */
  int32(): number;
  /** Uniform in (0, 1), 32-bit resolution. */
  uniform(): number;
  /** Uniform in (0, 1), 52-bit resolution. */
  double(): number;
  /** Standard normal. */
  normal(): number;
}
