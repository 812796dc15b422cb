/** Loading spinner, Vietnamese error with a retry, or the content. */
import { Alert, Button, Spin } from 'antd';
import type { ReactNode } from 'react';
import type { ApiState } from '../api/useApi';

export function Loadable<T>({ state, children }: { state: ApiState<T>; children: (data: T) => ReactNode }): ReactNode {
  if (state.error) {
    return (
      <Alert
        type="error"
        showIcon
        message="Không tải được dữ liệu"
        description={state.error}
        action={
          <Button size="small" onClick={state.reload}>
            Thử lại
          </Button>
        }
      />
    );
  }
  if (state.data === undefined) return <Spin tip="Đang tải…" size="large" style={{ display: 'block', margin: '48px auto' }} />;
  return children(state.data);
}
