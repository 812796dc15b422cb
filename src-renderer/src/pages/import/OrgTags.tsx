/** How the bodies of an organisation cell were resolved; the officer picks one for text the registry does not know. */
import { Select, Space, Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import type { ParsedRowView } from '../../../../src-main/api/contract/imports-schemas';

type Entry = NonNullable<ParsedRowView['orgs']['lead']>[number];

export function OrgTags({
  entries,
  choices,
  onChoose,
  organizations,
}: {
  entries: Entry[];
  choices: Record<string, number>;
  onChoose: (text: string, orgId: number | null) => void;
  organizations: Array<{ value: number; label: string }>;
}): ReactNode {
  if (!entries.length) return null;
  return (
    <Space orientation="vertical" size={2} className="org-tags" onClick={(e) => e.stopPropagation()}>
      {entries.map((e, i) => {
        if (e.match === 'exact' || e.match === 'prefix' || e.match === 'chosen') {
          return (
            <Tooltip key={i} title={e.part ? `${e.orgName} — phần: ${e.part}` : e.orgName}>
              <Tag color="green" className="org-tag">
                ✓ {e.orgName}
              </Tag>
            </Tooltip>
          );
        }
        return (
          <Select<number>
            key={i}
            size="small"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            status={e.match === 'none' ? 'error' : 'warning'}
            className="org-choice"
            aria-label={`Chọn đơn vị cho “${e.text}”`}
            placeholder={e.suggestion ? `Có phải: ${e.suggestion.name}?` : `Chọn đơn vị cho “${e.text}”`}
            value={choices[e.text]}
            onChange={(v) => onChoose(e.text, v ?? null)}
            options={e.suggestion ? [{ value: e.suggestion.orgId, label: `${e.suggestion.name} (gợi ý)` }, ...organizations.filter((o) => o.value !== e.suggestion!.orgId)] : organizations}
          />
        );
      })}
    </Space>
  );
}
