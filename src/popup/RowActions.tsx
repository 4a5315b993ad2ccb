// The actions on an agenda row. Every write is a message to the background.
import type { Contact, Section, TouchKind } from '../core/types';
import type { PageRequest } from '../messaging/protocol';
import { Menu } from '../ui/Menu';
import { useActions } from '../ui/actions';
import { t, vocab } from '../i18n/t';
import { copyText, filledTemplate, templateFor } from '../ui/template-copy';
import { usePopup } from './context';
import type { RowSummary } from '../ledger/queries';
import { ignoreTargets, safeThreadUrl } from './row-data';
import { SnoozeMenu } from './SnoozeMenu';

/** Touches logged by hand, and who they come from: the user (out) or the contact (in). */
export const LOG_KINDS: { kind: TouchKind; direction: 'out' | 'in' }[] = [
  { kind: 'call', direction: 'out' },
  { kind: 'meeting', direction: 'in' },
  { kind: 'text', direction: 'out' },
  { kind: 'article', direction: 'out' },
  { kind: 'referral-ask', direction: 'out' },
  { kind: 'cancellation', direction: 'in' },
  { kind: 'reschedule', direction: 'in' },
  { kind: 'rejection', direction: 'in' },
  { kind: 'referral', direction: 'in' },
  { kind: 'deal', direction: 'in' },
];

export function RowActions({ contact, section, data }: { contact: Contact; section: Section; data: RowSummary }) {
  const { run, say } = useActions();
  const { settings, now } = usePopup();
  const id = contact.id!;
  const href = safeThreadUrl(data.latest?.threadUrl);
  const ignore = ignoreTargets(data.identity);
  const act = (msg: PageRequest, done: string, close: () => void) => {
    close();
    void run(msg, done);
  };
  const copy = async () => {
    const text = filledTemplate(settings, templateFor(section), contact.name, data.latest?.subject);
    say(t((await copyText(text)) ? 'copied' : 'copyFailed'));
  };
  return (
    <div class="row-actions">
      {href && (
        <a class="btn" href={href} target="_blank" rel="noopener noreferrer">{t('actionOpen')}</a>
      )}
      <button type="button" class="btn" onClick={() => void copy()}>{t('actionCopy')}</button>
      <Menu label={t('actionLog')}>
        {(close) => LOG_KINDS.map(({ kind, direction }) => (
          <button type="button" key={kind}
            onClick={() => act({ type: 'touch.log', contactId: id, kind, direction, at: Date.now() }, 'doneLogged', close)}>
            {t(vocab('kind', kind))}
          </button>
        ))}
      </Menu>
      <SnoozeMenu contactId={id} now={now} />
      <Menu label={t('actionMore')} button={<span aria-hidden="true">⋯</span>} class="btn icon">
        {(close) => (
          <>
            <button type="button" onClick={() => act({ type: 'contact.action', contactId: id, action: 'mark-replied' }, 'doneReplied', close)}>
              {t('actionMarkReplied')}
            </button>
            {section !== 'let-go' && (
              <button type="button" onClick={() => act({ type: 'contact.action', contactId: id, action: 'let-go' }, 'doneLetGo', close)}>
                {t('actionLetGo')}
              </button>
            )}
            {(section === 'let-go' || section === 'snoozed') && (
              <button type="button" onClick={() => act({ type: 'contact.action', contactId: id, action: section === 'let-go' ? 'reactivate' : 'unsnooze' }, 'doneReactivated', close)}>
                {t(section === 'let-go' ? 'actionReactivate' : 'actionUnsnooze')}
              </button>
            )}
            <button type="button" aria-pressed={contact.keepWarm}
              onClick={() => act({ type: 'contact.action', contactId: id, action: contact.keepWarm ? 'no-keep-warm' : 'keep-warm' }, contact.keepWarm ? 'doneNoKeepWarm' : 'doneKeepWarm', close)}>
              {t(contact.keepWarm ? 'actionNoKeepWarm' : 'actionKeepWarm')}
            </button>
            <div class="menu-sep" role="separator" />
            {ignore.person && (
              <button type="button" onClick={() => act({ type: 'ignore.add', value: ignore.person!, contactId: id }, 'doneIgnored', close)}>
                {t('actionIgnorePerson')}
              </button>
            )}
            {ignore.domain && (
              <button type="button" onClick={() => act({ type: 'ignore.add', value: ignore.domain!, contactId: id }, 'doneIgnored', close)}>
                {t('actionIgnoreDomain', ignore.domain)}
              </button>
            )}
          </>
        )}
      </Menu>
    </div>
  );
}
