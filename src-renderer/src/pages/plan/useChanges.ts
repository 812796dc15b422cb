/**
 * Undo/redo for the plan page. Every edit returns the id of its change set in the audit
 * log; Ctrl+Z asks the core to revert that change set (history.undo), which is itself a
 * recorded change whose id goes on the redo stack. So undo works across reloads of the
 * data, covers batch edits as one step, and leaves a trace in the history panel.
 *
 * After each edit (and each undo/redo) the page re-reads only what the edit can have
 * changed (refresh.ts): the rows of a cell edit, or the whole plan for a structural one.
 * An undo touches exactly what the edit it reverts touched, so each stack entry keeps
 * the scope of its edit. The promise of `run` resolves once the page shows the result.
 */
import { App } from 'antd';
import { useCallback, useRef, useState } from 'react';
import type { MethodInput, MethodName } from '../../../../src-main/api/contract/methods';
import { invoke } from '../../api/client';
import { refreshScope, type RefreshScope } from './refresh';

type ChangeMethod = Exclude<
  MethodName,
  'plans.get' | 'plans.list' | 'plans.listArchived' | 'plans.cascade' | 'history.list' | 'documents.search' | 'tasks.rows' | 'targets.rows'
>;

export interface Changes {
  run<M extends ChangeMethod>(method: M, input: MethodInput<M>): Promise<{ changeId: number | null; createdIds: number[] }>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  canUndo: boolean;
  canRedo: boolean;
}

interface Entry {
  changeId: number;
  scope: RefreshScope;
}

/** `refresh` re-reads what a change touched; it must not throw (fall back to a full reload). */
export function useChanges(refresh: (scope: RefreshScope) => Promise<void>): Changes {
  const { message } = App.useApp();
  const undoStack = useRef<Entry[]>([]);
  const redoStack = useRef<Entry[]>([]);
  const [depth, setDepth] = useState({ undo: 0, redo: 0 });
  const bump = () => setDepth({ undo: undoStack.current.length, redo: redoStack.current.length });

  const run = useCallback(
    async <M extends ChangeMethod>(method: M, input: MethodInput<M>) => {
      const r = (await invoke(method, input)) as { changeId: number | null; createdIds: number[] };
      const scope = refreshScope(method, input);
      if (r.changeId !== null) {
        undoStack.current.push({ changeId: r.changeId, scope });
        redoStack.current = [];
        bump();
      }
      await refresh(scope);
      return r;
    },
    [refresh],
  );

  const step = useCallback(
    async (from: React.RefObject<Entry[]>, to: React.RefObject<Entry[]>, verb: string) => {
      const entry = from.current.at(-1);
      if (entry === undefined) {
        message.info(verb === 'undo' ? 'Không còn thao tác nào để hoàn tác.' : 'Không còn thao tác nào để làm lại.');
        return;
      }
      let scope: RefreshScope = { kind: 'plan' };
      try {
        const r = await invoke('history.undo', { changeId: entry.changeId });
        from.current.pop();
        if (r.changeId !== null) to.current.push({ changeId: r.changeId, scope: entry.scope });
        scope = entry.scope;
        message.success(verb === 'undo' ? 'Đã hoàn tác.' : 'Đã làm lại.');
      } catch (e) {
        message.error(e instanceof Error ? e.message : String(e));
      }
      bump();
      await refresh(scope);
    },
    [message, refresh],
  );

  return {
    run,
    undo: () => step(undoStack, redoStack, 'undo'),
    redo: () => step(redoStack, undoStack, 'redo'),
    canUndo: depth.undo > 0,
    canRedo: depth.redo > 0,
  };
}
