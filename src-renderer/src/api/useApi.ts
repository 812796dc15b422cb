/** Load data through the API with loading and error states. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../src-main/api/contract/methods';
import { invoke } from './client';

export interface ApiState<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
  reload: () => void;
  /** change the loaded data in place (e.g. swap in rows re-read after an edit) without a reload */
  mutate: (fn: (data: T) => T) => void;
}

export function useApi<M extends MethodName>(method: M, input: MethodInput<M>): ApiState<MethodOutput<M>> {
  const [tick, setTick] = useState(0);
  const request = `${method}\u0000${JSON.stringify(input)}\u0000${tick}`;
  const [state, setState] = useState<{ request?: string; data?: MethodOutput<M>; error?: string }>({});
  useEffect(() => {
    let live = true;
    const [m, json] = request.split('\u0000') as [M, string];
    invoke(m, JSON.parse(json) as MethodInput<M>).then(
      (data) => live && setState({ request, data }),
      (e: unknown) => live && setState((s) => ({ request, data: s.data, error: e instanceof Error ? e.message : String(e) })),
    );
    return () => {
      live = false;
    };
  }, [request]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const pending = useRef(false);
  useEffect(() => {
    pending.current = state.request !== request;
  }, [state.request, request]);
  const mutate = useCallback((fn: (data: MethodOutput<M>) => MethodOutput<M>) => {
    setState((s) => (s.data === undefined ? s : { ...s, data: fn(s.data) }));
    // a load started before the edit may answer after it with older data: load once more
    if (pending.current) setTick((t) => t + 1);
  }, []);
  const current = state.request === request;
  return { data: state.data, error: current ? state.error : undefined, loading: !current, reload, mutate };
}
