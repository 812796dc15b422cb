/**
 * Grid scrolling: the plan page's task grid with a 5,000-row plan, in Debian's Chromium
 * (playwright-core, never a downloaded browser), scrolled top to bottom by a fixed step per
 * animation frame; the samples are the frame times (requestAnimationFrame deltas).
 *
 * Baseline: the same scroll, in the same browser run and viewport, over a plain static HTML
 * table with the same rows, columns and texts (no React, no virtualisation, every row laid
 * out in advance). It is what the browser alone needs to scroll that content, so the ratio
 * is the cost of the virtualised React grid over native scrolling; a frame budget (16.7 ms
 * at 60 Hz) reads directly off the medians. A second row gives the longest frame of each
 * pass (the jank an officer would notice). Needs the built renderer (npx electron-vite build);
 * without it, or without /usr/bin/chromium, the case reports itself SKIPPED instead of failing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Core } from '../../core/core';
import { createPlan } from '../../core/plans/edit';
import { insertGroup } from '../../core/plans/group-edit';
import { insertRows } from '../../core/plans/table-edit';
import { taskTable } from '../../core/tasks/table';
import { APP_VERSION } from '../../core/version';
import { newToken } from '../../web/security';
import { startWebDoor } from '../../web/server';
import { ROOT, type BenchCase, type CaseResult } from '../context';

const ROWS = 5_000;
const GROUPS = 10;
const STEP_PX = 600; // per frame: about ten rows, so the grid renders new rows every frame
const PASSES = 2;
const CHROMIUM = process.env.PLANDESK_CHROMIUM ?? '/usr/bin/chromium';
const DEADLINES = ['Quý II năm 2026', 'Năm 2026', 'Thường xuyên', 'Tháng 9/2026', '6 tháng đầu năm 2027'];

function rowOf(n: number) {
  return {
    title: `Nhiệm vụ ${n}: triển khai chuyển đổi số trong quản lý giáo dục, đào tạo tại các trường học`,
    leadText: 'Sở Giáo dục và Đào tạo',
    coordinatingText: 'Các phòng thuộc Sở; UBND các xã, phường',
    output: 'Báo cáo kết quả thực hiện',
    deadlineText: DEADLINES[n % DEADLINES.length]!,
    budgetText: n % 3 === 0 ? `${(n % 97) + 1}.500 triệu đồng` : null,
    fundingSource: 'NSNN',
  };
}

/** A data folder with one plan of 5,000 tasks in 10 groups (built once, ~20 s; kept in .bench). */
function ensurePlan(dir: string): number {
  const marker = join(dir, 'grid-plan.json');
  if (existsSync(marker)) return (JSON.parse(readFileSync(marker, 'utf8')) as { planId: number }).planId;
  mkdirSync(dir, { recursive: true });
  const core = Core.open({ dataDir: dir, seed: false, backups: false });
  try {
    const planId = createPlan(core.sql, { summary: `Kế hoạch thử cuộn bảng (${ROWS} nhiệm vụ)` }).createdIds[0]!;
    let after: number | null = null;
    for (let g = 0; g < GROUPS; g++) {
      after = insertGroup(core.sql, 'tasks', { planId, parentId: null, afterId: after, title: `Nhóm nhiệm vụ số ${g + 1}` }).createdIds[0]!;
      const per = ROWS / GROUPS;
      insertRows(core.sql, taskTable, { planId, groupId: after, afterId: null, rows: Array.from({ length: per }, (_, i) => rowOf(g * per + i + 1)) });
    }
    writeFileSync(marker, JSON.stringify({ planId }));
    return planId;
  } finally {
    core.close();
  }
}

/** The static baseline page: the same texts in a plain table inside a scroll box of the grid's size. */
function staticTable(width: number, height: number): string {
  const esc = (s: string | null) => (s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    body.push(`<tr><td colspan="10"><b>${g + 1}. Nhóm nhiệm vụ số ${g + 1}</b></td></tr>`);
    for (let i = 0; i < ROWS / GROUPS; i++) {
      const r = rowOf(g * (ROWS / GROUPS) + i + 1);
      body.push(
        `<tr><td>${i + 1}</td><td>${esc(r.title)}</td><td>${esc(r.leadText)}</td><td>${esc(r.coordinatingText)}</td><td>${esc(r.output)}</td><td>${esc(r.deadlineText)}<br><small>01/04/2026 – 30/06/2026</small></td><td></td><td>${esc(r.budgetText)}</td><td>${esc(r.fundingSource)}</td><td></td></tr>`,
      );
    }
  }
  return `<!doctype html><meta charset="utf-8"><style>body{margin:0;font:14px sans-serif}#box{overflow:auto;width:${width}px;height:${height}px}td{border:1px solid #ddd;padding:4px;vertical-align:top}</style><div id="box"><table>${body.join('')}</table></div>`;
}

/** Runs in the page: scroll `selector` to the bottom by STEP_PX per frame, PASSES times; frame deltas per pass. */
const SCROLL = (selector: string) => `(async () => {
  const el = document.querySelector(${JSON.stringify(selector)});
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const passes = [];
  for (let p = 0; p < ${PASSES}; p++) {
    el.scrollTop = 0;
    for (let i = 0; i < 10; i++) await frame();
    const deltas = [];
    let last = await frame();
    while (el.scrollTop + el.clientHeight < el.scrollHeight - 1) {
      el.scrollTop += ${STEP_PX};
      const t = await frame();
      deltas.push(t - last);
      last = t;
    }
    passes.push(deltas);
  }
  return passes;
})()`;

function skipped(why: string): CaseResult[] {
  return [{ name: `grid scroll — SKIPPED: ${why}`, samples: [0], note: why }];
}

export const gridScrollCase: BenchCase = {
  name: 'grid scroll',
  async run(ctx) {
    const rendererDir = join(ROOT, 'out', 'renderer');
    if (!existsSync(join(rendererDir, 'index.html'))) return skipped('no built renderer in out/renderer (run npx electron-vite build)');
    if (!existsSync(CHROMIUM)) return skipped(`no Chromium at ${CHROMIUM} (set PLANDESK_CHROMIUM)`);
    const dataDir = join(ctx.dir, 'grid-5000');
    const planId = ensurePlan(dataDir);
    const core = Core.open({ dataDir, seed: false, backups: false });
    const door = await startWebDoor({ ctx: { core, door: 'web', version: APP_VERSION }, rendererDir, token: newToken() });
    // playwright-core is a dev dependency (Playwright's own engine): loaded only when the case runs
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
      await page.goto(door.url);
      await page.waitForSelector('.ant-menu');
      await page.evaluate(`location.hash = '#/plans/${planId}'`);
      await page.getByRole('tab', { name: /^Nhiệm vụ \(/ }).click();
      const grid = page.getByTestId('tasks-table');
      await grid.getByRole('row').nth(3).waitFor();
      const box = (await grid.boundingBox())!;
      const gridPasses = (await page.evaluate(SCROLL('[data-testid="tasks-table"]'))) as number[][];
      const base = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await base.setContent(staticTable(Math.round(box.width), Math.round(box.height)));
      const basePasses = (await base.evaluate(SCROLL('#box'))) as number[][];
      const longest = (passes: number[][]) => passes.map((d) => Math.max(...d));
      const note = `baseline: the same rows as a static HTML table, same browser and scroll; ${STEP_PX} px per frame, ${PASSES} passes`;
      return [
        { name: `grid scroll (frame time, task grid of ${ROWS} rows)`, samples: gridPasses.flat(), baselineSamples: basePasses.flat(), note },
        { name: 'grid scroll (longest frame per pass)', samples: longest(gridPasses), baselineSamples: longest(basePasses), note },
      ];
    } finally {
      await browser.close();
      await door.close();
      core.close();
    }
  },
};
