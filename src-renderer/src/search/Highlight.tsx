/** Text with the matched words marked (parts from the search). */
import type { ReactNode } from 'react';

export function Highlight({ parts }: { parts: Array<{ text: string; hit: boolean }> }): ReactNode {
  return (
    <>
      {parts.map((p, i) =>
        p.hit ? (
          <mark key={i} className="search-mark">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
