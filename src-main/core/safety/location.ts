/**
 * Is the data folder on a network share? SQLite's file locking is unreliable over SMB and
 * NFS, so two machines (or one flaky link) can corrupt the database. Windows: UNC paths
 * (\\server\share) and drive letters mapped to a share (`net use`); Linux: the file system
 * type of the mount holding the folder (/proc/mounts: nfs, cifs, smb, sshfs, other FUSE
 * network file systems). The parsers are pure; only `detectDataLocation` touches the OS.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export interface LocationInfo {
  network: boolean;
  /** e.g. "UNC", "ổ mạng Z: → \\server\share", "cifs" */
  kind: string | null;
  /** where it really lives, when known (\\server\share, server:/export) */
  remote: string | null;
}

const LOCAL: LocationInfo = { network: false, kind: null, remote: null };

const NETWORK_FS = /^(nfs|nfs4|cifs|smb|smb2|smb3|smbfs|sshfs|fuse\.sshfs|fuse\.gvfsd-fuse|fuse\.rclone|davfs|fuse\.davfs2|afs|ceph|glusterfs|fuse\.glusterfs|9p|lustre|gpfs|beegfs|ncpfs|coda)$/;

function unescapeMount(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_m, oct: string) => String.fromCharCode(parseInt(oct, 8)));
}

/** Linux: the longest mount point containing `dir` decides. */
export function networkFromMounts(dir: string, mountsText: string): LocationInfo {
  let best: { point: string; type: string; source: string } | null = null;
  for (const line of mountsText.split('\n')) {
    const [source, point, type] = line.split(' ');
    if (!source || !point || !type) continue;
    const p = unescapeMount(point);
    const inside = dir === p || dir.startsWith(p.endsWith('/') ? p : `${p}/`);
    if (inside && (!best || p.length > best.point.length)) best = { point: p, type, source: unescapeMount(source) };
  }
  if (!best || !NETWORK_FS.test(best.type)) return LOCAL;
  return { network: true, kind: best.type, remote: best.source };
}

/** Windows: the share a mapped drive letter points to, from `net use` output (any language: the columns are the same). */
export function mappedDrive(letter: string, netUseText: string): string | null {
  const re = new RegExp(`(?:^|\\s)${letter.toUpperCase()}:\\s+(\\\\\\\\\\S+)`, 'i');
  for (const line of netUseText.split(/\r?\n/)) {
    const m = re.exec(line);
    if (m?.[1]) return m[1];
  }
  return null;
}

export function networkFromWindowsPath(dir: string, netUseText: string | null): LocationInfo {
  if (/^(\\\\|\/\/)(?!\?\\[A-Za-z]:)/.test(dir)) {
    const m = /^(?:\\\\|\/\/)(?:\?\\UNC\\)?([^\\/]+)[\\/]([^\\/]+)/i.exec(dir);
    return { network: true, kind: 'UNC', remote: m ? `\\\\${m[1]}\\${m[2]}` : dir };
  }
  const drive = /^([A-Za-z]):/.exec(dir)?.[1];
  if (drive && netUseText) {
    const share = mappedDrive(drive, netUseText);
    if (share) return { network: true, kind: `ổ mạng ${drive.toUpperCase()}:`, remote: share };
  }
  return LOCAL;
}

/** Look at the real data folder (reads /proc/mounts or asks `net use`; never throws). */
export function detectDataLocation(dataDir: string, platform = process.platform): LocationInfo {
  try {
    if (platform === 'win32') {
      const abs = resolve(dataDir);
      if (/^(\\\\|\/\/)/.test(abs)) return networkFromWindowsPath(abs, null);
      let netUse: string | null = null;
      try {
        netUse = execFileSync('net', ['use'], { encoding: 'utf8', timeout: 4000, windowsHide: true });
      } catch {
        netUse = null;
      }
      return networkFromWindowsPath(abs, netUse);
    }
    if (platform === 'linux') {
      let real = resolve(dataDir);
      try {
        real = realpathSync(real);
      } catch {
        // a folder not created yet: judge by its path
      }
      return networkFromMounts(real, readFileSync('/proc/mounts', 'utf8'));
    }
    return LOCAL;
  } catch {
    return LOCAL;
  }
}

/** A folder on this machine's own disk for PlanDesk's data (Windows: %LOCALAPPDATA%, which never roams to a server). */
export function localDataSuggestion(platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'PlanDesk');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'PlanDesk');
  return join(homedir(), '.local', 'share', 'PlanDesk');
}
