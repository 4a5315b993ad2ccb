// One agenda group: a real heading, its rows soonest-due first, and "Show
// more" 20 at a time. Each group queries its own index range with a limit,
// so a ledger of 10,000 contacts never renders more than a page.
import { useLayoutEffect, useState } from 'preact/hooks';
import { load, takePrefetched, type Loaded } from './agenda-load';
import { useActions } from '../ui/actions';
import { t, tn } from '../i18n/t';
import { ContactRow } from './ContactRow';
import { DutyRow } from './DutyRow';
import { PAGE_SIZE, type Group } from './groups';
import { usePopup } from './context';

let marked = false;
/** For the bench: when the first group with rows is in the document. */
function markFirstSection(): void {
  if (marked) return;
  marked = true;
  performance.mark('nudgeline:first-section');
}

interface Props {
  group: Group;
  firstPage: number;
  onTotal: (id: string, total: number) => void;
}

export function AgendaSection({ group, firstPage, onTotal }: Props) {
  const { version } = useActions();
  const { now } = usePopup();
  const [limit, setLimit] = useState(firstPage);
  const [data, setData] = useState<Loaded>();
  // Layout effect: starts (or picks up) the query right after mount, not a frame later.
  useLayoutEffect(() => {
    let live = true;
    void (takePrefetched(group.id, limit) ?? load(group, limit, now)).then((d) => {
      if (!live) return;
      setData(d);
      onTotal(group.id, d.total + d.duties.length);
    }, (err: unknown) => {
      console.error('[nudgeline] agenda query failed', group.id, err);
      // Counted as empty, so the groups after it still load.
      if (live) onTotal(group.id, 0);
    });
    return () => {
      live = false;
    };
  }, [group, limit, now, version]);
  // After the DOM commit that shows rows.
  useLayoutEffect(() => {
    if (data && data.rows.length + data.duties.length) markFirstSection();
  }, [data]);
  if (!data || data.total + data.duties.length === 0) return null;
  const headingId = `h-${group.id}`;
  const heading = (
    <h2 id={headingId}>
      {t(group.title)} <span class="count">{data.total + data.duties.length}{data.capped ? '+' : ''}</span>
    </h2>
  );
  const body = (
    <>
      <ul class="rows" aria-labelledby={headingId}>
        {data.duties.map((d) => <DutyRow key={`d${d.referral.id}`} {...d} />)}
        {data.rows.map(({ contact, section, summary }) => <ContactRow key={contact.id} contact={contact} section={section} data={summary} />)}
      </ul>
      {(data.rows.length < data.total || data.moreDuties) && (
        <button type="button" class="btn ghost more" onClick={() => setLimit(limit + PAGE_SIZE)}>
          {tn('showMore', Math.min(PAGE_SIZE, Math.max(0, data.total - data.rows.length)) || PAGE_SIZE)}
        </button>
      )}
    </>
  );
  return (
    <section class="group" data-group={group.id} aria-labelledby={headingId}>
      {group.collapsed ? (
        <details>
          <summary>{heading}</summary>
          {body}
        </details>
      ) : (
        <>
          {heading}
          {body}
        </>
      )}
    </section>
  );
}
