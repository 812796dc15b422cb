/** Báo cáo › Dự thảo báo cáo: pick a plan and a period, export the Word draft and its Excel appendices. */
import { Alert, Card, Form, Select, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useApi } from '../../api/useApi';
import { Loadable } from '../../components/Loadable';
import { documentTitle } from '../../components/documentText';
import { ReportExportForm } from './ReportExportForm';

function PlanPeriods({ planId }: { planId: number }): ReactNode {
  const plan = useApi('plans.get', { id: planId });
  return <Loadable state={plan}>{(p) => <ReportExportForm key={p.id} planId={p.id} periods={p.reportingPeriods} />}</Loadable>;
}

export function ReportDraftsPanel(): ReactNode {
  const plans = useApi('plans.list', {});
  const [planId, setPlanId] = useState<number | undefined>();
  return (
    <Card size="small" style={{ maxWidth: 880 }}>
      <Typography.Paragraph>
        Dự thảo báo cáo gồm: mở đầu dẫn chiếu kế hoạch; I. Kết quả thực hiện (số nhiệm vụ hoàn thành đúng hạn, quá hạn, đang thực hiện, quá hạn chưa hoàn thành theo từng nhóm; chỉ tiêu đạt và chậm tiến độ kèm số liệu); II. Tồn tại, hạn chế và nguyên nhân; III. Nhiệm vụ trọng tâm thời gian tới; IV. Đề xuất, kiến nghị; phụ lục tiến độ nhiệm vụ và kết quả chỉ tiêu. Văn bản theo thể thức Nghị định 30/2020/NĐ-CP (Cài đặt › Thể thức văn bản).
      </Typography.Paragraph>
      <Loadable state={plans}>
        {(list) => (
          <Form layout="vertical">
            <Form.Item label="Kế hoạch" required>
              <Select
                aria-label="Kế hoạch"
                showSearch
                optionFilterProp="label"
                placeholder="Chọn kế hoạch cần báo cáo"
                value={planId}
                onChange={setPlanId}
                options={list.map((p) => ({ value: p.id, label: `${documentTitle(p)} — ${p.summary}` }))}
              />
            </Form.Item>
          </Form>
        )}
      </Loadable>
      {planId ? <PlanPeriods planId={planId} /> : <Alert type="info" showIcon message="Chọn một kế hoạch để lập dự thảo báo cáo theo kỳ." />}
    </Card>
  );
}
