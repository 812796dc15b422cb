/** The plan's body as ordered blocks, one per printed paragraph: click to edit in place, reorder, insert, delete. */
import { App, Button, Empty, Input, InputNumber, Select, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import type { PlanDetail } from './rows';
import type { Changes } from './useChanges';

type Block = PlanDetail['blocks'][number];
const KINDS = [
  { value: 'heading', label: 'Đề mục' },
  { value: 'paragraph', label: 'Đoạn văn' },
  { value: 'bullet', label: 'Gạch đầu dòng' },
  { value: 'basis', label: 'Căn cứ' },
  { value: 'footnote', label: 'Chú thích' },
];

function BlockEditor({ block, onSave, onCancel }: { block: Block; onSave: (b: Partial<Block>) => void; onCancel: () => void }): ReactNode {
  const [b, setB] = useState(block);
  return (
    <div className="block-editor">
      <Space wrap size="small">
        <Select size="small" value={b.kind} options={KINDS} onChange={(kind) => setB({ ...b, kind })} style={{ width: 140 }} aria-label="Kiểu đoạn" />
        {b.kind === 'heading' ? <InputNumber size="small" min={1} max={6} value={b.level ?? 1} onChange={(level) => setB({ ...b, level: level ?? 1 })} addonBefore="Cấp" style={{ width: 110 }} /> : null}
        {b.kind === 'heading' ? <Input size="small" value={b.numbering ?? ''} onChange={(e) => setB({ ...b, numbering: e.target.value || null })} placeholder="Số hiệu (I., 1., a)" style={{ width: 140 }} /> : null}
        {b.kind === 'bullet' ? <Input size="small" value={b.marker ?? ''} onChange={(e) => setB({ ...b, marker: e.target.value || null })} placeholder="Dấu (-, +)" style={{ width: 90 }} /> : null}
      </Space>
      <Input.TextArea
        autoFocus
        autoSize={{ minRows: 2 }}
        value={b.text}
        aria-label="Nội dung đoạn"
        onChange={(e) => setB({ ...b, text: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onSave(b);
        }}
        style={{ marginTop: 4 }}
      />
      <Space style={{ marginTop: 4 }}>
        <Button size="small" type="primary" onClick={() => onSave(b)}>
          Lưu (Ctrl+Enter)
        </Button>
        <Button size="small" onClick={onCancel}>
          Hủy
        </Button>
      </Space>
    </div>
  );
}

export function BodyEditor({ plan, changes }: { plan: PlanDetail; changes: Changes }): ReactNode {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<number | null>(null);
  const fail = (e: unknown) => message.error(e instanceof Error ? e.message : String(e));
  const blocks = plan.blocks;
  const insertAfter = (afterId: number | null) =>
    changes.run('blocks.insert', { planId: plan.id, afterId, blocks: [{ kind: 'paragraph', text: '' }] }).then((r) => setEditing(r.createdIds[0] ?? null), fail);
  if (blocks.length === 0) {
    return <Empty description="Chưa có nội dung văn bản."><Button onClick={() => void insertAfter(null)}>Thêm đoạn đầu tiên</Button></Empty>;
  }
  return (
    <div className="doc-body" data-testid="body-editor">
      {blocks.map((b, i) => {
        if (editing === b.id) {
          return (
            <BlockEditor
              key={b.id}
              block={b}
              onCancel={() => setEditing(null)}
              onSave={(nb) =>
                void changes
                  .run('blocks.update', { id: b.id, patch: { kind: nb.kind, level: nb.kind === 'heading' ? (nb.level ?? 1) : null, numbering: nb.numbering ?? null, marker: nb.marker ?? null, text: nb.text ?? '' } })
                  .then(() => setEditing(null), fail)
              }
            />
          );
        }
        const cls = b.kind === 'heading' ? `block-heading-${b.level ?? 2}` : `block-${b.kind}`;
        const prefix = b.kind === 'bullet' ? `${b.marker ?? '-'} ` : b.numbering ? `${b.numbering} ` : b.kind === 'footnote' && b.marker ? `(${b.marker}) ` : '';
        return (
          <div key={b.id} className="block-row">
            <p className={cls} data-block-index={i} onDoubleClick={() => setEditing(b.id)} title="Bấm đúp để sửa">
              {prefix}
              {b.text || <span className="parsed-warn">(đoạn trống)</span>}
            </p>
            <Space className="block-actions" size={2}>
              <Button size="small" type="text" onClick={() => setEditing(b.id)} aria-label="Sửa đoạn">Sửa</Button>
              <Button size="small" type="text" disabled={i === 0} aria-label="Đưa đoạn lên" onClick={() => void changes.run('blocks.move', { id: b.id, afterId: i >= 2 ? blocks[i - 2]!.id : null }).catch(fail)}>↑</Button>
              <Button size="small" type="text" disabled={i === blocks.length - 1} aria-label="Đưa đoạn xuống" onClick={() => void changes.run('blocks.move', { id: b.id, afterId: blocks[i + 1]!.id }).catch(fail)}>↓</Button>
              <Button size="small" type="text" aria-label="Thêm đoạn sau" onClick={() => void insertAfter(b.id)}>+</Button>
              <Button size="small" type="text" danger aria-label="Xóa đoạn" onClick={() => void changes.run('blocks.delete', { id: b.id }).then(() => message.info('Đã xóa đoạn. Ctrl+Z để hoàn tác.'), fail)}>✕</Button>
            </Space>
          </div>
        );
      })}
    </div>
  );
}
