// Saving exports in the desktop app, against a mocked `electron`: the Save dialog opens in
// the remembered folder, the folder is remembered, and the officer is offered to open the
// file or its folder.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const showMessageBox = vi.fn();
const openPath = vi.fn();
const showItemInFolder = vi.fn();

vi.mock('electron', () => ({
  app: { getPath: (name: string) => `/home/officer/${name === 'documents' ? 'Tài liệu' : name}` },
  dialog: { showMessageBox: (...args: unknown[]) => showMessageBox(...args) },
  shell: { openPath: (p: string) => openPath(p), showItemInFolder: (p: string) => showItemInFolder(p) },
}));

const { handleExportDownloads, saveDialogOptions } = await import('../../../src-main/electron/downloads');

class FakeItem {
  options: Electron.SaveDialogOptions | undefined;
  private done: ((e: unknown, state: string) => void) | undefined;
  constructor(
    private url: string,
    private name: string,
    private savedTo: string,
  ) {}
  getURL() {
    return this.url;
  }
  getFilename() {
    return this.name;
  }
  getSavePath() {
    return this.savedTo;
  }
  setSaveDialogOptions(o: Electron.SaveDialogOptions) {
    this.options = o;
  }
  once(_event: 'done', fn: (e: unknown, state: string) => void) {
    this.done = fn;
  }
  finish(state: string) {
    this.done?.({}, state);
  }
}

function setup(remembered: string | null) {
  let listener: ((e: unknown, item: FakeItem) => void) | undefined;
  const session = { on: (_: string, fn: (e: unknown, item: FakeItem) => void) => (listener = fn) };
  const memory = { value: remembered, get: () => memory.value, set: vi.fn((f: string) => (memory.value = f)) };
  handleExportDownloads(session as never, memory, () => null);
  return { memory, download: (item: FakeItem) => listener!({}, item) };
}

beforeEach(() => {
  showMessageBox.mockReset();
  openPath.mockReset().mockResolvedValue('');
  showItemInFolder.mockReset();
});

describe('export downloads in Electron', () => {
  it('opens the Save dialog in the Documents folder the first time, with a Word filter', () => {
    const { download } = setup(null);
    const item = new FakeItem('blob:app://plandesk/1234', 'BC_Quy-I-2026_KH-05-SGDDT.docx', '');
    download(item);
    expect(item.options).toMatchObject({ defaultPath: '/home/officer/Tài liệu/BC_Quy-I-2026_KH-05-SGDDT.docx', filters: [{ extensions: ['docx'] }] });
  });

  it('remembers the folder chosen and offers to open the folder', async () => {
    const { download, memory } = setup('/home/officer/Báo cáo');
    showMessageBox.mockResolvedValue({ response: 1 });
    const item = new FakeItem('blob:app://plandesk/1', 'BC.xlsx', '/mnt/usb/Quý I/BC.xlsx');
    download(item);
    expect(item.options?.defaultPath).toBe('/home/officer/Báo cáo/BC.xlsx');
    item.finish('completed');
    expect(memory.set).toHaveBeenCalledWith('/mnt/usb/Quý I');
    await vi.waitFor(() => expect(showItemInFolder).toHaveBeenCalledWith('/mnt/usb/Quý I/BC.xlsx'));
    expect(showMessageBox.mock.calls[0]![0]).toMatchObject({ message: 'Đã lưu BC.xlsx', buttons: ['Mở tệp', 'Mở thư mục', 'Đóng'] });
  });

  it('opens the file when asked', async () => {
    const { download } = setup('/d');
    showMessageBox.mockResolvedValue({ response: 0 });
    const item = new FakeItem('blob:app://plandesk/1', 'KH.docx', '/d/KH.docx');
    download(item);
    item.finish('completed');
    await vi.waitFor(() => expect(openPath).toHaveBeenCalledWith('/d/KH.docx'));
  });

  it('remembers nothing and asks nothing when the officer cancels', () => {
    const { download, memory } = setup('/d');
    const item = new FakeItem('blob:app://plandesk/1', 'KH.docx', '');
    download(item);
    item.finish('cancelled');
    expect(memory.set).not.toHaveBeenCalled();
    expect(showMessageBox).not.toHaveBeenCalled();
  });

  it('leaves downloads that are not the app’s own alone', () => {
    const { download } = setup('/d');
    const item = new FakeItem('https://example.com/x.docx', 'x.docx', '');
    download(item);
    expect(item.options).toBeUndefined();
  });

  it('offers no filter for other files', () => {
    expect(saveDialogOptions('a.bin', '/d').filters).toEqual([]);
  });
});
