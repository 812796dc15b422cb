import { describe, expect, it } from 'vitest';
import { mappedDrive, networkFromMounts, networkFromWindowsPath } from '../../../src-main/core/safety/location';

const MOUNTS = [
  'overlay / overlay rw,relatime,lowerdir=/var/lib/docker/overlay2/l/A:/var/lib/docker/overlay2/l/B 0 0',
  'proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0',
  '/dev/sda1 /home ext4 rw,relatime 0 0',
  'fileserver:/export/plandesk /mnt/nfs nfs4 rw,relatime,vers=4.2,rsize=1048576 0 0',
  '//nas01/So\\040GDDT /mnt/smb cifs rw,relatime,vers=3.1.1,cache=strict 0 0',
  'canbo@server:/data /home/canbo/remote fuse.sshfs rw,nosuid,nodev,relatime 0 0',
  'tmpfs /mnt/smb/local-cache tmpfs rw,relatime 0 0',
].join('\n');

describe('network share detection on Linux (/proc/mounts)', () => {
  it.each([
    ['/home/canbo/.config/PlanDesk', false, null],
    ['/mnt/nfs/PlanDesk', true, 'nfs4'],
    ['/mnt/smb', true, 'cifs'],
    ['/mnt/smb/PlanDesk', true, 'cifs'],
    ['/home/canbo/remote/PlanDesk', true, 'fuse.sshfs'],
    ['/mnt/smb/local-cache/PlanDesk', false, null],
    ['/mnt/smbx/PlanDesk', false, null],
  ])('%s → network %s (%s)', (dir, network, kind) => {
    const r = networkFromMounts(dir, MOUNTS);
    expect(r.network).toBe(network);
    expect(r.kind).toBe(kind);
  });

  it('names the share, with escaped spaces decoded', () => {
    expect(networkFromMounts('/mnt/smb/PlanDesk', MOUNTS).remote).toBe('//nas01/So GDDT');
  });
});

const NET_USE_EN = `New connections will be remembered.


Status       Local     Remote                    Network

-------------------------------------------------------------------------------
OK           Z:        \\\\fileserver\\PlanDesk     Microsoft Windows Network
Unavailable  Y:        \\\\nas01\\backup            Microsoft Windows Network
                       \\\\TSCLIENT\\C              Microsoft Terminal Services
The command completed successfully.
`;

const NET_USE_VI = `Các kết nối mới sẽ được ghi nhớ.

Trạng thái   Cục bộ    Từ xa                     Mạng
-------------------------------------------------------------------------------
OK           P:        \\\\192.168.1.10\\VanPhong   Microsoft Windows Network
Lệnh đã hoàn tất thành công.
`;

describe('network share detection on Windows', () => {
  it.each([
    ['\\\\fileserver\\PlanDesk\\data', 'UNC', '\\\\fileserver\\PlanDesk'],
    ['//fileserver/PlanDesk', 'UNC', '\\\\fileserver\\PlanDesk'],
    ['\\\\?\\UNC\\fileserver\\PlanDesk\\data', 'UNC', '\\\\fileserver\\PlanDesk'],
  ])('UNC path %s is a network share', (dir, kind, remote) => {
    expect(networkFromWindowsPath(dir, null)).toEqual({ network: true, kind, remote });
  });

  it('a long local path (\\\\?\\C:) is local', () => {
    expect(networkFromWindowsPath('\\\\?\\C:\\Users\\canbo\\PlanDesk', null).network).toBe(false);
  });

  it('reads mapped drives from `net use` in English and Vietnamese Windows', () => {
    expect(mappedDrive('Z', NET_USE_EN)).toBe('\\\\fileserver\\PlanDesk');
    expect(mappedDrive('y', NET_USE_EN)).toBe('\\\\nas01\\backup');
    expect(mappedDrive('C', NET_USE_EN)).toBeNull();
    expect(mappedDrive('P', NET_USE_VI)).toBe('\\\\192.168.1.10\\VanPhong');
  });

  it('a data folder on a mapped drive is a network share; on C: it is not', () => {
    expect(networkFromWindowsPath('Z:\\PlanDesk', NET_USE_EN)).toEqual({ network: true, kind: 'ổ mạng Z:', remote: '\\\\fileserver\\PlanDesk' });
    expect(networkFromWindowsPath('C:\\Users\\canbo\\AppData\\Roaming\\PlanDesk', NET_USE_EN).network).toBe(false);
  });
});
