/**
 * Freezes an object and everything it holds, in place, and returns it. A validated scenario is frozen so that what
 * was checked is what runs: nothing can change it afterwards, so results and links may be cached by its identity,
 * and the page sends it to workers without first copying it out of a reactive proxy (a proxy is never frozen).
 * @example Object.isFrozen(deepFreeze({ arms: [{ mean: 1 }] }).arms[0]) // → true
 */
export function deepFreeze<T>(value: T): Readonly<T> {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
