/** Plan and reporting-period pickers shared by the dashboard and the progress panel. */
import { Select, Space, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import type { MethodOutput } from '../../../../src-main/api/contract/methods';
import { PERIOD_KIND_LABELS } from '../../../../src-main/api/contract/labels';
import { useApi } from '../../api/useApi';
import { todayIso } from './ui';

export type PeriodView = MethodOutput<'periods.list'>[number];

/** The period covering today, else the latest that ended, else the first. */
export function currentPeriod(periods: PeriodView[], today = todayIso()): PeriodView | undefined {
  const dated = periods.filter((p) => p.endDate && (p.kind === 'quarter' || p.kind === 'half' || p.kind === 'year'));
  return (
    dated.find((p) => p.kind === 'quarter' && p.startDate! <= today && today <= p.endDate!) ??
    [...dated].reverse().find((p) => p.endDate! < today) ??
    periods[0]
  );
}

const PLAN_KEY = 'plandesk.progress.plan';

/** The plan last looked at, else the Sở's own plan with tasks, else the first with any. */
function defaultPlan(plans: MethodOutput<'plans.list'>): number | undefined {
  const last = Number(localStorage.getItem(PLAN_KEY));
  if (plans.some((p) => p.id === last)) return last;
  const own = plans.find((p) => /giáo dục và đào tạo/i.test(p.issuerAgency) && p.tasks + p.targets > 0);
  return (own ?? plans.find((p) => p.tasks + p.targets > 0) ?? plans[0])?.id;
}

export function PlanSelect({ value, onChange }: { value: number | undefined; onChange: (id: number) => void }): ReactNode {
  const plans = useApi('plans.list', {});
  useEffect(() => {
    if (value === undefined && plans.data?.length) {
      const id = defaultPlan(plans.data);
      if (id !== undefined) onChange(id);
    }
  }, [plans.data, value, onChange]);
  const choose = (id: number) => {
    localStorage.setItem(PLAN_KEY, String(id));
    onChange(id);
  };
  return (
    <Select
      aria-label="Kế hoạch"
      style={{ width: 460 }}
      loading={plans.loading}
      value={value}
      onChange={choose}
      showSearch={{ optionFilterProp: 'label' }}
      options={(plans.data ?? []).map((p) => ({ value: p.id, label: `${p.numberSymbol ?? 'Chưa có số'} — ${p.summary}` }))}
    />
  );
}

export function PeriodSelect({ periods, value, onChange }: { periods: PeriodView[]; value: number | undefined; onChange: (id: number) => void }): ReactNode {
  return (
    <Select
      aria-label="Kỳ báo cáo"
      style={{ width: 260 }}
      value={value}
      onChange={onChange}
      notFoundContent="Kế hoạch chưa có kỳ báo cáo"
      options={periods.map((p) => ({ value: p.id, label: `${p.label}${p.lockedAt ? ' (đã khóa)' : ''}`, title: PERIOD_KIND_LABELS[p.kind] }))}
    />
  );
}

export function PickerBar({ children }: { children: ReactNode }): ReactNode {
  return (
    <Space wrap align="center" style={{ marginBottom: 12 }}>
      {children}
    </Space>
  );
}

export function Label({ children }: { children: ReactNode }): ReactNode {
  return <Typography.Text type="secondary">{children}</Typography.Text>;
}
