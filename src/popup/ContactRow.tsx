// One agenda row: who, where, which attempt, how long ago, and what to do.
import type { Contact, Section } from '../core/types';
import { ChannelIcon } from '../ui/icons';
import { attemptLabel, daysAgo } from '../ui/format';
import { useActions } from '../ui/actions';
import { t } from '../ui/i18n';
import { usePopup } from './context';
import { useRowData } from './row-data';
import { RowActions } from './RowActions';

export function ContactRow({ contact, section }: { contact: Contact; section: Section }) {
  const { settings, now, openContact } = usePopup();
  const { version } = useActions();
  const data = useRowData(contact.id!, version);
  const attempt = attemptLabel(contact, section, settings.policy);
  const channel = data.latest?.channel ?? 'manual';
  const where = data.identity?.display ?? data.identity?.value;
  return (
    <li class="row" data-contact={contact.id}>
      <div class="row-main">
        <ChannelIcon channel={channel} />
        <div class="row-text">
          <button type="button" class="name link" onClick={() => openContact(contact.id!)}>{contact.name}</button>
          {where && where !== contact.name && <div class="sub">{where}</div>}
          <div class="meta">
            {attempt && <span class="pill">{attempt}</span>}
            {contact.lastTouchAt > 0 && <span>{t('lastTouch', daysAgo(contact.lastTouchAt, now))}</span>}
            {contact.keepWarm && <span class="tag">{t('keepWarmTag')}</span>}
          </div>
        </div>
      </div>
      <RowActions contact={contact} section={section} data={data} />
    </li>
  );
}
