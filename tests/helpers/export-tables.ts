/**
 * A stand-in for PlanDesk's table export (its own issue): writes a plan's task and target
 * tables the way the appendix is printed — TT, group rows, merged cells where a task
 * shares a cell with the row above — as .xlsx (exceljs) and .docx (docx). The round-trip
 * test imports them back and expects every row unchanged.
 */
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { PlanDetail } from '../../src-main/core/plans/service';

const TASK_HEADER = ['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả (sản phẩm)', 'Thời gian hoàn thành', 'Phòng phụ trách', 'Kinh phí thực hiện', 'Nguồn kinh phí'];
const TARGET_HEADER = ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Phòng chủ trì'];
const MERGE_COL: Record<string, number> = { lead: 2, coordinating: 3, output: 4, deadline: 5, departments: 6, budget: 7, funding: 8 };

type Cell = { text: string; rowSpan?: number; colSpan?: number; covered?: boolean };

export function taskGrid(plan: PlanDetail): Cell[][] {
  const rows: Cell[][] = [TASK_HEADER.map((text) => ({ text }))];
  for (const g of plan.taskGroups) {
    rows.push([{ text: g.code }, { text: g.title, colSpan: 8 }, ...Array.from({ length: 7 }, () => ({ text: '', covered: true }))]);
    const tasks = plan.tasks.filter((t) => t.groupId === g.id);
    tasks.forEach((t, i) => {
      const row: Cell[] = [t.tt, t.title, t.leadText, t.coordinatingText, t.output, t.deadlineText, t.departmentsText, t.budgetText, t.fundingSource].map((text) => ({ text: text ?? '' }));
      for (const [field, col] of Object.entries(MERGE_COL)) {
        if (t.mergedUp.includes(field)) row[col] = { text: '', covered: true };
        else {
          let span = 1;
          while (tasks[i + span]?.mergedUp.includes(field)) span++;
          if (span > 1) row[col]!.rowSpan = span;
        }
      }
      rows.push(row);
    });
  }
  return rows;
}

export function targetGrid(plan: PlanDetail): Cell[][] {
  const rows: Cell[][] = [TARGET_HEADER.map((text) => ({ text }))];
  const emitted = new Set<number>();
  const chain = (id: number | null): number[] => {
    const g = plan.targetGroups.find((x) => x.id === id);
    return g ? [...chain(g.parentId), g.id] : [];
  };
  for (const t of plan.targets) {
    for (const gid of chain(t.groupId)) {
      if (emitted.has(gid)) continue;
      emitted.add(gid);
      const g = plan.targetGroups.find((x) => x.id === gid)!;
      rows.push([{ text: g.tt }, { text: g.title }, { text: '' }, { text: '' }, { text: '' }]);
    }
    rows.push([t.tt, t.name, t.unit, t.targetText, t.departmentsText].map((text) => ({ text: text ?? '' })));
  }
  return rows;
}

export async function gridToXlsx(sheets: Array<{ name: string; grid: Cell[][] }>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const { name, grid } of sheets) {
    const ws = wb.addWorksheet(name);
    grid.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (!cell.covered && cell.text) ws.getCell(r + 1, c + 1).value = cell.text;
      });
    });
    grid.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.rowSpan || cell.colSpan) ws.mergeCells(r + 1, c + 1, r + (cell.rowSpan ?? 1), c + (cell.colSpan ?? 1));
      }),
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function paragraphs(text: string): Paragraph[] {
  return (text || '').split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] }));
}

export async function gridsToDocx(grids: Cell[][][]): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [];
  for (const grid of grids) {
    children.push(new Paragraph('DANH MỤC'));
    children.push(
      new Table({
        rows: grid.map(
          (row) =>
            new TableRow({
              children: row
                .filter((cell) => !cell.covered)
                .map((cell) => new TableCell({ children: paragraphs(cell.text), rowSpan: cell.rowSpan, columnSpan: cell.colSpan })),
            }),
        ),
      }),
    );
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
