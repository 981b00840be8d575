// Gives memory back when the user stops typing. Opening or re-checking a large policy allocates
// tens of megabytes, and V8 keeps the pages it grew into until its next collection — which, in a
// server that then sits idle, never comes (Node has no idle-time GC as browsers do). So once the
// documents have been quiet for IDLE_MS, the server runs two full collections: the first frees the
// garbage, the second returns the emptied pages to the system. It runs once per quiet period and
// only after work was done, so an idle server costs nothing.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { FeatureRegistrar } from './context';

/** a pause in typing longer than this counts as idle */
export const IDLE_MS = 1000;

type Collect = () => void;

/** V8's gc(), without starting node with --expose-gc (editors start the server as they like) */
function exposeGc(): Collect | undefined {
  const existing = (globalThis as { gc?: Collect }).gc;
  if (typeof existing === 'function') return existing;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as Collect;
    setFlagsFromString('--no-expose-gc');
    return typeof gc === 'function' ? gc : undefined;
  } catch {
    return undefined;
  }
}

export const registerIdleMemory: FeatureRegistrar = ctx => {
  const gc = exposeGc();
  if (!gc) return {};
  let timer: NodeJS.Timeout | undefined;
  const collect = () => {
    timer = undefined;
    gc();
    gc();
  };
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(collect, IDLE_MS);
    timer.unref();
  };
  ctx.documents.onDidChangeContent(touch);
  ctx.documents.onDidClose(touch);
  return {};
};
