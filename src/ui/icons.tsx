// Inline SVG icons: no image requests, colours from the theme.
import type { Channel } from '../core/types';
import { t } from '../i18n/t';

const PATHS: Record<Channel, string> = {
  // envelope
  gmail: 'M3 6.5A1.5 1.5 0 0 1 4.5 5h15A1.5 1.5 0 0 1 21 6.5v11a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 17.5zm1.8.3 7.2 5.6 7.2-5.6',
  // envelope with a calendar fold
  outlook: 'M3 7h11v11H3zM14 9.5h7V18h-7M8.5 10a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5',
  // a speech bubble, the messaging box
  linkedin: 'M4 5h16v11H9l-5 4zM8 9v4M8 7.2v.1M11 13v-4m0 1.5c0-1 1-1.5 2-1.5s2 .5 2 2V13',
  // a pencil: logged by hand
  manual: 'M4 20l1-4L16 5l3 3L8 19zM14 7l3 3',
};

const COLORS: Record<Channel, string> = {
  gmail: '#d93025', outlook: '#0f6cbd', linkedin: '#0a66c2', manual: 'currentColor',
};

export function ChannelIcon({ channel }: { channel: Channel }) {
  return (
    <svg class="channel-icon" viewBox="0 0 24 24" width="16" height="16" role="img" aria-label={t(`channel_${channel}`)}
      fill="none" stroke={COLORS[channel]} stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">
      <path d={PATHS[channel]} />
    </svg>
  );
}

export function Logo({ size = 22 }: { size?: number }) {
  return (
    <svg viewBox="0 0 128 128" width={size} height={size} aria-hidden="true">
      <defs>
        <linearGradient id="nl-logo" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stop-color="#2f7df6" />
          <stop offset="1" stop-color="#5a3fd8" />
        </linearGradient>
      </defs>
      <rect x="4" y="4" width="120" height="120" rx="28" fill="url(#nl-logo)" />
      <path d="M26 92 C 44 92, 44 70, 62 70 S 80 48, 96 44" fill="none" stroke="#fff" stroke-width="12" stroke-linecap="round" />
      <path d="M80 30 L 104 40 L 90 62" fill="none" stroke="#fff" stroke-width="12" stroke-linecap="round" stroke-linejoin="round" />
      <circle cx="26" cy="92" r="9" fill="#ffd166" />
    </svg>
  );
}

const GLYPHS = {
  // three bars: the dashboard
  dashboard: 'M5 19V11M12 19V5M19 19v-5',
  // a gear: settings
  settings: 'M12 15.2a3.2 3.2 0 1 0 0-6.4 3.2 3.2 0 0 0 0 6.4zM19.4 13.5l1.6 1.2-2 3.4-1.9-.7a7.6 7.6 0 0 1-1.7 1l-.3 2h-4l-.3-2a7.6 7.6 0 0 1-1.7-1l-1.9.7-2-3.4 1.6-1.2a7.7 7.7 0 0 1 0-2L3 10.3l2-3.4 1.9.7a7.6 7.6 0 0 1 1.7-1l.3-2h4l.3 2a7.6 7.6 0 0 1 1.7 1l1.9-.7 2 3.4-1.6 1.2a7.7 7.7 0 0 1 0 2z',
} as const;

/** A decorative glyph; the control around it carries the label. */
export function Glyph({ name }: { name: keyof typeof GLYPHS }) {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor"
      stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">
      <path d={GLYPHS[name]} />
    </svg>
  );
}
