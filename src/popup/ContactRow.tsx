// One agenda row: who, where, which attempt, how long ago, and what to do.
import { useRef } from 'preact/hooks';
import type { Contact, Section } from '../core/types';
import type { RowSummary } from '../ledger/queries';
import { ChannelIcon } from '../ui/icons';
import { attemptLabel, daysAgo, lastActivity } from '../ui/format';
import { t } from '../i18n/t';
import { usePopup } from './context';
import { RowActions } from './RowActions';
import { useKeepFocus } from './focus-keeper';

export function ContactRow({ contact, section, data }: { contact: Contact; section: Section; data: RowSummary }) {
  const { settings, now, openContact } = usePopup();
  const attempt = attemptLabel(contact, section, settings.policy);
  const channel = data.latest?.channel ?? 'manual';
  const where = data.identity?.display ?? data.identity?.value;
  const last = lastActivity(contact, section);
  const ref = useRef<HTMLLIElement>(null);
  useKeepFocus(ref, contact.id!);
  return (
    <li class="row" data-contact={contact.id} ref={ref}>
      <div class="row-main">
        <ChannelIcon channel={channel} />
        <div class="row-text">
          <button type="button" class="name link" onClick={() => openContact(contact.id!)}>{contact.name}</button>
          {where && where !== contact.name && <div class="sub">{where}</div>}
          <div class="meta">
            {attempt && <span class="pill">{attempt}</span>}
            {last.at > 0 && <span>{t(last.key, daysAgo(last.at, now))}</span>}
            {contact.keepWarm && <span class="tag">{t('keepWarmTag')}</span>}
          </div>
        </div>
      </div>
      <RowActions contact={contact} section={section} data={data} />
    </li>
  );
}
