/** Load data through the API with loading and error states. */
import { useCallback, useEffect, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../src-main/api/contract/methods';
import { invoke } from './client';

export interface ApiState<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
  reload: () => void;
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
  const current = state.request === request;
  return { data: state.data, error: current ? state.error : undefined, loading: !current, reload };
}
