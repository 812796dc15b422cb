/** The only bridge into the renderer: one typed `invoke`, nothing else from Node. */
import { contextBridge, ipcRenderer } from 'electron';

const INVOKE_CHANNEL = 'plandesk:invoke';

contextBridge.exposeInMainWorld('plandesk', {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
});
