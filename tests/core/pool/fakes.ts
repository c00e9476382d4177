import { ChunkRunner } from '../../../src/core/engine.ts';
import type { ValidScenario } from '../../../src/core/scenario/types.ts';
import type { Task } from '../../../src/core/sim/plan.ts';
import type { ChunkResult } from '../../../src/core/sim/pointSimulator.ts';
import type { SimRemote } from '../../../src/pool/runPool.ts';
import { deathNotice, workerSeat, type Incarnation, type WorkerSeat } from '../../../src/pool/seat.ts';

/**
 * How one fake worker behaves on its k-th call (k from 0): 'ok' answers, 'hang' never answers,
 * 'reject' throws, 'die' reports the worker gone (as an 'exit' event would) and never answers,
 * 'late' answers after `lateMs` (past a short watchdog deadline).
 */
export type Behaviour = 'ok' | 'hang' | 'reject' | 'die' | 'late';

export interface FakeLog {
  /** Incarnations started, per seat. */
  spawned: number[];
  /** Replies delivered by fake workers, and how many of them were late (the pool must drop those). */
  replies: number;
  lateReplies: number;
}

/** An in-process worker with its own runner, answering after a small random delay as told by `plan`. */
export function fakeIncarnation(plan: (call: number) => Behaviour, log: FakeLog, lateMs = 150): Incarnation<SimRemote> {
  const notice = deathNotice();
  let runner: { id: string; r: ChunkRunner } | null = null;
  let calls = 0;
  const never = new Promise<never>(() => {});
  const remote: SimRemote = {
    async run(id: string, s: ValidScenario, tasks: Task[]): Promise<ChunkResult[]> {
      const b = notice.deadReason() !== null ? 'hang' : plan(calls++);
      if (b === 'hang') return never;
      if (b === 'die') {
        setTimeout(() => notice.report('it exited with code 1'), 2);
        return never;
      }
      await new Promise((res) => setTimeout(res, b === 'late' ? lateMs : Math.random() * 3));
      if (b === 'reject') throw new Error('RangeError: Maximum call stack size exceeded\n    at run (sim.ts:1)');
      if (!runner || runner.id !== id) runner = { id, r: new ChunkRunner(s) };
      log.replies += 1;
      if (b === 'late') log.lateReplies += 1;
      return tasks.map((t) => runner!.r.run(t));
    },
  };
  return { remote, deadReason: notice.deadReason, onDeath: notice.onDeath, stop: notice.report };
}

/**
 * K seats; `plan(seat, life, call)` says how the life-th worker started in that seat behaves on its
 * call-th batch (a replacement starts a new life).
 */
export function fakeSeats(k: number, plan: (seat: number, life: number, call: number) => Behaviour, lateMs?: number) {
  const log: FakeLog = { spawned: Array<number>(k).fill(0), replies: 0, lateReplies: 0 };
  const seats: WorkerSeat<SimRemote>[] = Array.from({ length: k }, (_, i) =>
    workerSeat(() => {
      const life = log.spawned[i]++;
      return fakeIncarnation((call) => plan(i, life, call), log, lateMs);
    }),
  );
  return { seats, log };
}
