// Every contact: sortable by column, filterable by stage, channel, tag and text, 50 per page.
import { useMemo, useState } from 'preact/hooks';
import { SECTIONS, type Channel } from '../core/types';
import { ChannelIcon } from '../ui/icons';
import { formatDate } from '../ui/format';
import { t, tn, vocab } from '../i18n/t';
import type { DashRow } from './load';
import { allTags, applyQuery, type SortKey, type TableQuery } from './table-model';

const CHANNELS: Channel[] = ['gmail', 'linkedin', 'outlook', 'manual'];
const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'colName' }, { key: 'stage', label: 'colStage' }, { key: 'channel', label: 'colChannel' },
  { key: 'attempt', label: 'colAttempt' }, { key: 'lastTouchAt', label: 'colLastTouch' },
];

export function ContactsTable({ rows }: { rows: DashRow[] }) {
  const [q, setQ] = useState<TableQuery>({ stage: '', channel: '', tag: '', text: '', sort: 'lastTouchAt', desc: true, page: 0 });
  const set = (patch: Partial<TableQuery>) => setQ({ ...q, page: 0, ...patch });
  const result = useMemo(() => applyQuery(rows, q), [rows, q]);
  const tags = useMemo(() => allTags(rows), [rows]);
  const sortBy = (key: SortKey) => set({ sort: key, desc: q.sort === key ? !q.desc : key === 'lastTouchAt' });
  return (
    <div class="table-wrap">
      <div class="filters" role="search">
        <label>{t('filterText')}<input type="search" value={q.text} onInput={(e) => set({ text: e.currentTarget.value })} /></label>
        <label>{t('filterStage')}
          <select value={q.stage} onChange={(e) => set({ stage: e.currentTarget.value as TableQuery['stage'] })}>
            <option value="">{t('filterAll')}</option>
            {SECTIONS.map((s) => <option key={s} value={s}>{t(vocab('stage', s))}</option>)}
          </select>
        </label>
        <label>{t('filterChannel')}
          <select value={q.channel} onChange={(e) => set({ channel: e.currentTarget.value as TableQuery['channel'] })}>
            <option value="">{t('filterAll')}</option>
            {CHANNELS.map((c) => <option key={c} value={c}>{t(`channel_${c}`)}</option>)}
          </select>
        </label>
        <label>{t('filterTag')}
          <select value={q.tag} onChange={(e) => set({ tag: e.currentTarget.value })}>
            <option value="">{t('filterAll')}</option>
            {tags.map((tag) => <option key={tag} value={tag}>{tag}</option>)}
          </select>
        </label>
        <span class="muted small" role="status">{tn('tableCount', result.total)}</span>
      </div>
      <table class="contacts">
        <caption class="visually-hidden">{t('tableCaption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" aria-sort={q.sort === c.key ? (q.desc ? 'descending' : 'ascending') : undefined}>
                <button type="button" class="sort" onClick={() => sortBy(c.key)}>
                  {t(c.label)} <span aria-hidden="true">{q.sort === c.key ? (q.desc ? '↓' : '↑') : ''}</span>
                </button>
              </th>
            ))}
            <th scope="col">{t('colTags')}</th>
          </tr>
        </thead>
        <tbody>
          {result.page.map(({ contact: c, channel }) => (
            <tr key={c.id} data-contact={c.id}>
              <td class="name-cell">{c.name}</td>
              <td><span class={`stage stage-${c.section}`}>{t(vocab('stage', c.section))}</span></td>
              <td><ChannelIcon channel={channel} /></td>
              <td>{c.attempt || ''}</td>
              <td>{c.lastTouchAt ? formatDate(c.lastTouchAt) : ''}</td>
              <td>{c.tags.map((tag) => <span class="tag" key={tag}>{tag}</span>)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.total === 0 && <p class="muted">{t('tableEmpty')}</p>}
      <nav class="pager" aria-label={t('pagerLabel')}>
        <button type="button" class="btn" disabled={q.page <= 0} onClick={() => setQ({ ...q, page: q.page - 1 })}>{t('pagerPrev')}</button>
        <span>{t('pagerOf', Math.min(q.page, result.pages - 1) + 1, result.pages)}</span>
        <button type="button" class="btn" disabled={q.page >= result.pages - 1} onClick={() => setQ({ ...q, page: q.page + 1 })}>{t('pagerNext')}</button>
      </nav>
    </div>
  );
}
