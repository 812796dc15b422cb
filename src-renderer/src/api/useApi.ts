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
  const key = JSON.stringify(input);
  const [state, setState] = useState<{ data?: MethodOutput<M>; error?: string; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    invoke(method, JSON.parse(key) as MethodInput<M>).then(
      (data) => live && setState({ data, loading: false }),
      (e: unknown) => live && setState({ error: e instanceof Error ? e.message : String(e), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [method, key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
