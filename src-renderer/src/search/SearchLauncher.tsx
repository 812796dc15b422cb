/** The frame's search box and the Ctrl+K shortcut, both opening the search palette. */
import { Input } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { SearchPalette } from './SearchPalette';

export function SearchLauncher(): ReactNode {
  const [open, setOpen] = useState(false);
  const [initial, setInitial] = useState('');
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setInitial('');
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <div className="app-search">
        <Input
          value=""
          aria-label="Mở ô tìm kiếm"
          placeholder="Tìm kiếm…   Ctrl+K"
          onChange={(e) => {
            setInitial(e.target.value);
            setOpen(true);
          }}
          onClick={() => {
            setInitial('');
            setOpen(true);
          }}
        />
      </div>
      {open ? <SearchPalette open={open} initial={initial} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
