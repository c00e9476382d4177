import { runnerFor } from '../../../src/core/run/runners.ts';
import type { RunRemote } from '../../../src/pool/runPool.ts';
import { deathNotice, workerSeat, type Incarnation, type WorkerSeat } from '../../../src/pool/seat.ts';

/**
 * How one fake worker behaves on its k-th call (k from 0): 'ok' answers, 'hang' never answers,
 * 'reject' throws, 'die' reports the worker gone (as an 'exit' event would) and never answers,
 * 'late' answers `lateMs` late (past a short watchdog deadline; the worker goes on with its next call meanwhile).
 */
export type Behaviour = 'ok' | 'hang' | 'reject' | 'die' | 'late';

export interface FakeLog {
  /** Incarnations started, per seat. */
  spawned: number[];
  /** Replies delivered by fake workers, and how many of them were late (the pool must drop those). */
  replies: number;
  lateReplies: number;
}

/**
 * An in-process stand-in for a worker: the real jobs, each remote with its own runners (as separate workers
 * have), answering its calls in order, each after a random delay, so batches of different workers finish in any order.
 */
export function inProcessRemote(): RunRemote {
  const runners = new Map<string, (task: unknown) => unknown>();
  // As a worker reads its messages: one at a time, in the order sent (a pool may have two batches in flight).
  let previous: Promise<unknown> = Promise.resolve();
  return {
    run(id, name, params, tasks) {
      const turn = previous.then(async () => {
        await new Promise((res) => setTimeout(res, Math.random() * 3));
        if (!runners.has(id)) {
          if (params === undefined) return null; // as the real worker: the pool resends the parameters
          runners.set(id, runnerFor(name, params));
        }
        return tasks.map(runners.get(id)!);
      });
      previous = turn.catch(() => {});
      return turn;
    },
  };
}

/**
 * An in-process worker with its own runners, answering its calls in the order they came (as a worker's message
 * queue does), each after a small random delay, as told by `plan`.
 */
export function fakeIncarnation(plan: (call: number) => Behaviour, log: FakeLog, lateMs = 150): Incarnation<RunRemote> {
  const notice = deathNotice();
  const inner = inProcessRemote();
  let calls = 0;
  const never = new Promise<never>(() => {});
  // A worker reads its messages one at a time, in the order sent: each call starts when the one before it ended.
  let previous: Promise<unknown> = Promise.resolve();
  const remote: RunRemote = {
    run(id, name, params, tasks) {
      const b = notice.deadReason() !== null ? 'hang' : plan(calls++);
      const turn = previous.then(async () => {
        if (b === 'hang') return never;
        if (b === 'die') {
          setTimeout(() => notice.report('it exited with code 1'), 2);
          return never;
        }
        await new Promise((res) => setTimeout(res, Math.random() * 3));
        if (b === 'reject') throw new Error('RangeError: Maximum call stack size exceeded\n    at run (sim.ts:1)');
        return inner.run(id, name, params, tasks);
      });
      previous = turn.catch(() => {});
      // A late reply was computed in turn but reaches the page late (its thread was busy): the worker goes on meanwhile.
      return turn.then(async (out) => {
        if (b === 'late') await new Promise((res) => setTimeout(res, lateMs));
        log.replies += 1;
        if (b === 'late') log.lateReplies += 1;
        return out;
      });
    },
  };
  return { remote, deadReason: notice.deadReason, onDeath: notice.onDeath, stop: notice.report };
}

/**
 * K seats; `plan(seat, life, call)` says how the life-th worker started in that seat behaves on its
 * call-th batch (a replacement starts a new life). Seats from `lazyFrom` on start their first worker at first use.
 */
export function fakeSeats(k: number, plan: (seat: number, life: number, call: number) => Behaviour, lateMs?: number, lazyFrom = k) {
  const log: FakeLog = { spawned: Array<number>(k).fill(0), replies: 0, lateReplies: 0 };
  const seats: WorkerSeat<RunRemote>[] = Array.from({ length: k }, (_, i) =>
    workerSeat(() => {
      const life = log.spawned[i]++;
      return fakeIncarnation((call) => plan(i, life, call), log, lateMs);
    }, i >= lazyFrom),
  );
  return { seats, log };
}
