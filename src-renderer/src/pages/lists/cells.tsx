/** Cells shared by the Nhiệm vụ and Chỉ tiêu lists. */
import { Tooltip } from 'antd';
import type { ReactNode } from 'react';

export function PlanCell({ number, summary }: { number: string | null; summary: string }): ReactNode {
  return (
    <Tooltip title={summary} placement="left">
      <span>
        {number ?? <span className="muted">Dự thảo</span>}
        <span className="vl-sub vl-clamp">{summary}</span>
      </span>
    </Tooltip>
  );
}

export function OrgListCell({
  orgs,
  text,
}: {
  orgs: Array<{ id: number; name: string; shortName: string | null; partNote?: string | null }>;
  text: string | null;
}): ReactNode {
  if (orgs.length === 0) return text ? <span className="cell-lines">{text}</span> : <span className="muted">—</span>;
  return (
    <>
      {orgs.map((o) => (
        <div key={o.id} title={o.name}>
          {o.shortName ?? o.name}
          {o.partNote ? <span className="vl-sub">({o.partNote})</span> : null}
        </div>
      ))}
    </>
  );
}
