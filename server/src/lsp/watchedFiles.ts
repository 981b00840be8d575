// workspace/didChangeWatchedFiles has one handler per connection; features that watch files (the rule
// configuration, the clause libraries) subscribe here instead, each with its own glob patterns.
// The watchers are registered dynamically once the client is initialised (first opened document).
import { DidChangeWatchedFilesNotification, type FileEvent } from 'vscode-languageserver/node';
import type { ServerContext } from './context';

interface WatchState {
  globs: Set<string>;
  listeners: Set<(changes: FileEvent[]) => void>;
  registered: Set<string>;
  scheduled: boolean;
}

const states = new WeakMap<ServerContext['connection'], WatchState>();

function register(ctx: ServerContext, state: WatchState) {
  state.scheduled = false;
  const fresh = [...state.globs].filter(g => !state.registered.has(g));
  if (fresh.length === 0 || !ctx.client.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
  fresh.forEach(g => state.registered.add(g));
  void ctx.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: fresh.map(globPattern => ({ globPattern })) }).catch(() => fresh.forEach(g => state.registered.delete(g)));
}

/** Calls `listener` with the file events of the client; asks the client to watch `globs`. Returns an unsubscribe function. */
export function onWatchedFilesChanged(ctx: ServerContext, globs: readonly string[], listener: (changes: FileEvent[]) => void): () => void {
  let state = states.get(ctx.connection);
  if (!state) {
    const s: WatchState = { globs: new Set(), listeners: new Set(), registered: new Set(), scheduled: false };
    states.set(ctx.connection, (state = s));
    ctx.connection.onDidChangeWatchedFiles(params => {
      for (const l of s.listeners) {
        try {
          l(params.changes);
        } catch {
          // one feature's failure must not stop the others from seeing the change
        }
      }
    });
    // dynamic registration is allowed only after `initialized`; the first opened document comes after it
    ctx.documents.onDidOpen(() => { if (!s.scheduled) { s.scheduled = true; queueMicrotask(() => register(ctx, s)); } });
  }
  globs.forEach(g => state!.globs.add(g));
  state.listeners.add(listener);
  return () => state!.listeners.delete(listener);
}
