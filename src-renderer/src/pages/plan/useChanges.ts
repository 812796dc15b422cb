/**
 * Undo/redo for the plan page. Every edit returns the id of its change set in the audit
 * log; Ctrl+Z asks the core to revert that change set (history.undo), which is itself a
 * recorded change whose id goes on the redo stack. So undo works across reloads of the
 * data, covers batch edits as one step, and leaves a trace in the history panel.
 */
import { App } from 'antd';
import { useCallback, useRef, useState } from 'react';
import type { MethodInput, MethodName } from '../../../../src-main/api/contract/methods';
import { invoke } from '../../api/client';

type ChangeMethod = Exclude<MethodName, 'plans.get' | 'plans.list' | 'plans.listArchived' | 'plans.cascade' | 'history.list' | 'documents.search'>;

export interface Changes {
  run<M extends ChangeMethod>(method: M, input: MethodInput<M>): Promise<{ changeId: number | null; createdIds: number[] }>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  canUndo: boolean;
  canRedo: boolean;
}

export function useChanges(reload: () => void): Changes {
  const { message } = App.useApp();
  const undoStack = useRef<number[]>([]);
  const redoStack = useRef<number[]>([]);
  const [depth, setDepth] = useState({ undo: 0, redo: 0 });
  const bump = () => setDepth({ undo: undoStack.current.length, redo: redoStack.current.length });

  const run = useCallback(
    async <M extends ChangeMethod>(method: M, input: MethodInput<M>) => {
      const r = (await invoke(method, input)) as { changeId: number | null; createdIds: number[] };
      if (r.changeId !== null) {
        undoStack.current.push(r.changeId);
        redoStack.current = [];
        bump();
      }
      reload();
      return r;
    },
    [reload],
  );

  const step = useCallback(
    async (from: React.RefObject<number[]>, to: React.RefObject<number[]>, verb: string) => {
      const id = from.current.at(-1);
      if (id === undefined) {
        message.info(verb === 'undo' ? 'Không còn thao tác nào để hoàn tác.' : 'Không còn thao tác nào để làm lại.');
        return;
      }
      try {
        const r = await invoke('history.undo', { changeId: id });
        from.current.pop();
        if (r.changeId !== null) to.current.push(r.changeId);
        message.success(verb === 'undo' ? 'Đã hoàn tác.' : 'Đã làm lại.');
      } catch (e) {
        message.error(e instanceof Error ? e.message : String(e));
      }
      bump();
      reload();
    },
    [message, reload],
  );

  return {
    run,
    undo: () => step(undoStack, redoStack, 'undo'),
    redo: () => step(redoStack, undoStack, 'redo'),
    canUndo: depth.undo > 0,
    canRedo: depth.redo > 0,
  };
}
