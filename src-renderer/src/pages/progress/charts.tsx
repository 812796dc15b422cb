/**
 * Charts drawn as plain SVG (no chart library is installed): counts by status as columns,
 * counts by body or group as stacked bars. Every segment is clickable. Each chart card
 * prints on its own and saves or copies itself as a PNG (SVG → canvas → PNG).
 */
import { App, Button, Card, Space } from 'antd';
import { useRef, type ReactNode } from 'react';
import { STATUS_CODES, STATUS_COLORS, STATUS_LABELS, type StatusCode } from '../../../../src-main/api/contract/progress-labels';
import { percent } from './ui';

type Counts = Record<StatusCode, number>;
const FONT = "'Segoe UI', Arial, 'Liberation Sans', sans-serif";

function total(c: Counts): number {
  return STATUS_CODES.reduce((n, s) => n + c[s], 0);
}

export function Legend(): ReactNode {
  return (
    <g>
      {STATUS_CODES.map((s, i) => (
        <g key={s} transform={`translate(${(i % 3) * 300}, ${Math.floor(i / 3) * 18})`}>
          <rect width={12} height={12} fill={STATUS_COLORS[s]} rx={2} />
          <text x={18} y={11} fontSize={12} fontFamily={FONT} fill="#333">
            {STATUS_LABELS[s]}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Six columns, one per status, with the count and share above each. */
export function StatusColumns({ counts, onPick }: { counts: Counts; onPick: (s: StatusCode) => void }): ReactNode {
  const sum = total(counts);
  const max = Math.max(1, ...STATUS_CODES.map((s) => counts[s]));
  const W = 640;
  const H = 264;
  const colW = W / STATUS_CODES.length;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label="Số lượng theo trạng thái" style={{ maxWidth: W, background: '#fff' }}>
      {STATUS_CODES.map((s, i) => {
        const h = Math.round((counts[s] / max) * 150);
        const x = i * colW + colW * 0.2;
        return (
          <g key={s} style={{ cursor: 'pointer' }} onClick={() => onPick(s)} data-status={s}>
            <title>{`${STATUS_LABELS[s]}: ${counts[s]} (${percent(counts[s], sum)})`}</title>
            <rect x={x} y={190 - h} width={colW * 0.6} height={Math.max(h, 1)} fill={STATUS_COLORS[s]} rx={3} />
            <text x={x + colW * 0.3} y={182 - h} textAnchor="middle" fontSize={15} fontWeight={600} fontFamily={FONT} fill="#111">
              {counts[s]}
            </text>
            <text x={x + colW * 0.3} y={208} textAnchor="middle" fontSize={12} fontFamily={FONT} fill="#555">
              {percent(counts[s], sum)}
            </text>
            {wrap(STATUS_LABELS[s], 15).map((line, j) => (
              <text key={j} x={x + colW * 0.3} y={228 + j * 14} textAnchor="middle" fontSize={12} fontFamily={FONT} fill="#222">
                {line}
              </text>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const word of text.split(' ')) {
    if ((cur + ' ' + word).trim().length > width && cur) {
      lines.push(cur);
      cur = word;
    } else cur = `${cur} ${word}`.trim();
  }
  if (cur) lines.push(cur);
  return lines;
}

export interface StackRow {
  key: string;
  label: string;
  counts: Counts;
}

/** One stacked horizontal bar per row (body or group), scaled to the largest row. */
export function StackedRows({ rows, onPick }: { rows: StackRow[]; onPick: (row: StackRow, s: StatusCode) => void }): ReactNode {
  const W = 900;
  const LABEL = 300;
  const BAR = W - LABEL - 60;
  const ROW = 30;
  const max = Math.max(1, ...rows.map((r) => total(r.counts)));
  const H = 44 + rows.length * ROW;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" style={{ maxWidth: W, background: '#fff' }}>
      <Legend />
      {rows.map((r, i) => {
        const y = 44 + i * ROW;
        let x = LABEL;
        const sum = total(r.counts);
        return (
          <g key={r.key}>
            <text x={LABEL - 8} y={y + 15} textAnchor="end" fontSize={12} fontFamily={FONT} fill="#222">
              <title>{r.label}</title>
              {r.label.length > 46 ? `${r.label.slice(0, 45)}…` : r.label}
            </text>
            {STATUS_CODES.filter((s) => r.counts[s] > 0).map((s) => {
              const w = (r.counts[s] / max) * BAR;
              const seg = (
                <g key={s} style={{ cursor: 'pointer' }} onClick={() => onPick(r, s)}>
                  <title>{`${r.label} — ${STATUS_LABELS[s]}: ${r.counts[s]}`}</title>
                  <rect x={x} y={y} width={Math.max(w, 2)} height={20} fill={STATUS_COLORS[s]} />
                  {w > 18 ? (
                    <text x={x + w / 2} y={y + 14} textAnchor="middle" fontSize={11} fontFamily={FONT} fill="#fff">
                      {r.counts[s]}
                    </text>
                  ) : null}
                </g>
              );
              x += w;
              return seg;
            })}
            <text x={x + 6} y={y + 15} fontSize={12} fontFamily={FONT} fill="#111">
              {sum}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

async function svgToPng(svg: SVGSVGElement): Promise<Blob> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const vb = svg.viewBox.baseVal;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(vb.width));
  clone.setAttribute('height', String(vb.height));
  const data = new XMLSerializer().serializeToString(clone);
  const img = new Image();
  // a data: URL, not a blob: one: the app's Content-Security-Policy allows only 'self' and data: images
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(data)}`;
  {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('Không vẽ được ảnh biểu đồ.'));
      img.src = url;
    });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = vb.width * scale;
    canvas.height = vb.height * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('Không tạo được ảnh PNG.'))), 'image/png'));
  }
}

/** A chart with its title and buttons: save as PNG, copy as image, print this chart alone. */
export function ChartCard({ title, fileName, children, testId }: { title: string; fileName: string; children: ReactNode; testId?: string }): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const { message } = App.useApp();
  const svg = () => ref.current?.querySelector('svg') ?? null;
  const save = async () => {
    const el = svg();
    if (!el) return;
    try {
      const blob = await svgToPng(el);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `${fileName.replace(/[\\/:*?"<>|]+/g, '-')}.png`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const copy = async () => {
    const el = svg();
    if (!el) return;
    try {
      const blob = await svgToPng(el);
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
      message.success('Đã sao chép ảnh biểu đồ; dán vào Word hoặc Excel bằng Ctrl+V.');
    } catch {
      message.warning('Máy này không cho sao chép ảnh; hãy dùng "Tải ảnh PNG" rồi chèn ảnh vào văn bản.');
    }
  };
  const print = () => {
    ref.current?.classList.add('print-target');
    document.body.classList.add('print-one');
    window.print();
    document.body.classList.remove('print-one');
    ref.current?.classList.remove('print-target');
  };
  return (
    <div ref={ref} className="chart-card" data-testid={testId}>
      <Card
        size="small"
        title={title}
        extra={
          <Space size={4} className="no-print">
            <Button size="small" onClick={() => void save()}>
              Tải ảnh PNG
            </Button>
            <Button size="small" onClick={() => void copy()}>
              Sao chép ảnh
            </Button>
            <Button size="small" onClick={print}>
              In
            </Button>
          </Space>
        }
      >
        {children}
      </Card>
    </div>
  );
}
