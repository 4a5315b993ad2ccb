// Filtering, sorting and paging the contacts table. Pure, so it is tested alone.
import type { Channel, Section } from '../core/types';
import type { DashRow } from './load';

export type SortKey = 'name' | 'stage' | 'channel' | 'attempt' | 'lastTouchAt';
export interface TableQuery {
  stage: Section | '';
  channel: Channel | '';
  tag: string;
  text: string;
  sort: SortKey;
  desc: boolean;
  page: number;
}

export const PAGE = 50;

const value = (r: DashRow, key: SortKey): string | number =>
  key === 'name' ? r.contact.name.toLowerCase()
    : key === 'stage' ? r.contact.section
      : key === 'channel' ? r.channel
        : r.contact[key];

export function applyQuery(rows: DashRow[], q: TableQuery): { page: DashRow[]; total: number; pages: number } {
  const text = q.text.trim().toLowerCase();
  const kept = rows.filter((r) =>
    (!q.stage || r.contact.section === q.stage) &&
    (!q.channel || r.channel === q.channel) &&
    (!q.tag || r.contact.tags.includes(q.tag)) &&
    (!text || (r.contact.searchText ?? r.contact.name.toLowerCase()).includes(text)));
  const dir = q.desc ? -1 : 1;
  kept.sort((a, b) => {
    const x = value(a, q.sort);
    const y = value(b, q.sort);
    return (x < y ? -1 : x > y ? 1 : a.contact.id! - b.contact.id!) * dir;
  });
  const pages = Math.max(1, Math.ceil(kept.length / PAGE));
  const page = Math.min(Math.max(0, q.page), pages - 1);
  return { page: kept.slice(page * PAGE, page * PAGE + PAGE), total: kept.length, pages };
}

export function allTags(rows: DashRow[]): string[] {
  return [...new Set(rows.flatMap((r) => r.contact.tags))].sort((a, b) => a.localeCompare(b));
}
