/**
 * A button that says it is working ("Đang lưu…") and cannot be clicked again meanwhile.
 * Why not antd's `loading`: with antd 6.6.8 / React 19 the Button's own loading state can
 * stay on when `loading` goes true → false within one quick request (a save refused at
 * once by validation): the spinner never stops and the button ignores clicks, so the officer
 * cannot save the corrected form. Seen in about half the runs of the e2e "create a plan,
 * archive it…" on a busy machine; with this button, none in a row of ten. Plain `disabled`
 * plus a label follows the prop on every render.
 */
import { Button, type ButtonProps } from 'antd';
import type { ReactNode } from 'react';

export function BusyButton({ busy, busyText, children, disabled, ...rest }: Omit<ButtonProps, 'loading'> & { busy: boolean; busyText: string }): ReactNode {
  return (
    <Button {...rest} disabled={busy || disabled} aria-busy={busy}>
      {busy ? busyText : children}
    </Button>
  );
}
