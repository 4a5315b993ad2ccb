// Every touch, newest first. Subjects are page text: rendered as text only.
import type { Touch } from '../core/types';
import { ChannelIcon } from '../ui/icons';
import { formatDateTime } from '../ui/format';
import { t, vocab } from '../i18n/t';

export function Timeline({ touches }: { touches: Touch[] }) {
  const sorted = [...touches].sort((a, b) => b.at - a.at);
  return (
    <section class="panel" aria-labelledby="h-timeline">
      <h3 id="h-timeline">{t('timeline')}</h3>
      {sorted.length === 0 && <p class="muted">{t('timelineEmpty')}</p>}
      <ol class="timeline">
        {sorted.map((touch) => (
          <li key={touch.id} class={`tl tl-${touch.direction}`}>
            <ChannelIcon channel={touch.channel} />
            <div>
              <div>
                <strong>{t(`dir_${touch.direction}`)}</strong> · {t(vocab('kind', touch.kind))}
                {touch.autoReply && <span class="tag">{t('autoReply')}</span>}
              </div>
              {touch.subject && <div class="sub">{touch.subject}</div>}
              {touch.snippet && <div class="sub muted">{touch.snippet}</div>}
              <div class="small muted">{formatDateTime(touch.at)}</div>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
