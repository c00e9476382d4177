/**
 * One life of a worker: its remote, a way to hear (with the reason in words) that it is gone, and a
 * way to end it. A dead worker never answers, so callers race their calls against `onDeath`.
 */
export interface Incarnation<R> {
  readonly remote: R;
  /** Why the worker is gone ("it closed", "it exited with code 1", …), or null while it lives. */
  deadReason(): string | null;
  /** Calls `listener` once when the worker is known to be gone (now, if it already is); returns an unsubscribe. */
  onDeath(listener: (why: string) => void): () => void;
  /** Ends the worker (terminate) and reports it gone, so other runs waiting on it stop waiting. */
  stop(why: string): void;
}

/**
 * A place in a pool that holds a worker: a dead one is replaced by a freshly started one. A lazy seat starts its
 * first worker when it is first used, so a pool of one per core costs a small run only the workers it uses.
 */
export interface WorkerSeat<R> {
  /** The seat's worker (started now if the seat is lazy and has none yet). */
  readonly current: Incarnation<R>;
  /** Whether the seat has started a worker yet. */
  readonly started: boolean;
  /** Replaces `dead` with a fresh worker, unless another run already did; returns the seat's worker. */
  replace(dead: Incarnation<R>, why: string): Incarnation<R>;
  /** The current worker, first replacing it if it is already known to be dead (it died while idle). */
  live(): Incarnation<R>;
}

const SEAT = Symbol('stride.seat');

/** The death bookkeeping of one incarnation: `report` tells every listener once, with the first reason. */
export function deathNotice(): Pick<Incarnation<unknown>, 'deadReason' | 'onDeath'> & { report(why: string): void } {
  let reason: string | null = null;
  const listeners = new Set<(why: string) => void>();
  return {
    deadReason: () => reason,
    onDeath(listener) {
      if (reason !== null) listener(reason);
      else listeners.add(listener);
      return () => listeners.delete(listener);
    },
    report(why) {
      if (reason !== null) return;
      reason = why;
      for (const l of listeners) l(why);
      listeners.clear();
    },
  };
}

/** A seat that starts its workers with `spawn`: one now (at first use when `lazy`), one more for each replacement. */
export function workerSeat<R>(spawn: () => Incarnation<R>, lazy = false): WorkerSeat<R> {
  let held: Incarnation<R> | null = lazy ? null : spawn();
  const current = () => (held ??= spawn());
  const seat: WorkerSeat<R> = {
    get current() {
      return current();
    },
    get started() {
      return held !== null;
    },
    replace(dead, why) {
      if (held === dead) {
        dead.stop(why);
        held = spawn();
      }
      return current();
    },
    live() {
      const c = current();
      const why = c.deadReason();
      return why === null ? c : seat.replace(c, why);
    },
  };
  return Object.assign(seat, { [SEAT]: true });
}

/**
 * A plain remote (a test's in-process stand-in, or a worker this pool did not start) as an
 * incarnation: it cannot be restarted, so "replacing" it sends the next batch to the same remote.
 */
export function fixedIncarnation<R>(remote: R): Incarnation<R> {
  const notice = deathNotice();
  return { remote, deadReason: notice.deadReason, onDeath: notice.onDeath, stop: notice.report };
}

/** Seats for `workers`: seats are used as they are, plain remotes get a seat that re-uses them. */
export function seatsFor<R extends object>(workers: readonly (R | WorkerSeat<R>)[]): WorkerSeat<R>[] {
  return workers.map((w) => (isSeat<R>(w) ? w : workerSeat(() => fixedIncarnation(w))));
}

function isSeat<R>(w: unknown): w is WorkerSeat<R> {
  // `in`, not a property read: a Comlink remote answers every property read with a proxy.
  return typeof w === 'object' && w !== null && SEAT in w;
}

/** An incarnation from its remote, its death notice and how to end the worker (the same in the browser and Node). */
export function incarnation<R>(remote: R, notice: ReturnType<typeof deathNotice>, terminate: () => void): Incarnation<R> {
  return {
    remote,
    deadReason: notice.deadReason,
    onDeath: notice.onDeath,
    stop(why) {
      notice.report(why);
      terminate();
    },
  };
}
