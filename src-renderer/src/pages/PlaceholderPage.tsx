import { Result, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A section that is not built yet says so plainly. */
export function PlaceholderPage({ title, what }: { title: string; what: string }): ReactNode {
  return (
    <>
      <Typography.Title level={3} className="page-title">
        {title}
      </Typography.Title>
      <Result
        status="info"
        title="Trang này chưa được xây dựng"
        subTitle={`Trong phiên bản tới, đây là nơi ${what}. Hiện bạn có thể xem kế hoạch, nhiệm vụ và chỉ tiêu ở mục “Kế hoạch”.`}
      />
    </>
  );
}
