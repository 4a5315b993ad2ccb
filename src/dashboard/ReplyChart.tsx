// The user's reply rate by attempt number, as SVG bars: what each nudge,
// and the final reach-out, actually earns.
import type { ReplyRate } from '../core/reply-rates';
import { t } from '../i18n/t';
import { formatPercent } from '../i18n/locale';

const W = 560;
const H = 240;
const PAD = { top: 28, right: 16, bottom: 44, left: 44 };

export function slotLabel(r: ReplyRate): string {
  return r.slot.label === 'first' ? t('slotFirst') : r.slot.label === 'final' ? t('slotFinal') : t('slotNudge', r.slot.n);
}


export function ReplyChart({ rates }: { rates: ReplyRate[] }) {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const band = plotW / Math.max(1, rates.length);
  const barW = Math.min(72, band * 0.56);
  const summary = rates.map((r) => t('chartBarSummary', slotLabel(r), formatPercent(r.rate), r.answered, r.sent)).join('; ');
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-title chart-desc" class="chart-svg">
        <title id="chart-title">{t('chartTitle')}</title>
        <desc id="chart-desc">{summary}</desc>
        <defs>
          <linearGradient id="bar" x1="0" y1="0" x2="0" y2="1">
            <stop offset="0" stop-color="var(--accent)" />
            <stop offset="1" stop-color="var(--accent-2)" />
          </linearGradient>
        </defs>
        {[0, 0.25, 0.5, 0.75, 1].map((g) => {
          const y = PAD.top + plotH * (1 - g);
          return (
            <g key={g} class="grid-line">
              <line x1={PAD.left} x2={W - PAD.right} y1={y} y2={y} />
              <text x={PAD.left - 8} y={y + 4} text-anchor="end">{formatPercent(g)}</text>
            </g>
          );
        })}
        {rates.map((r, i) => {
          const h = plotH * r.rate;
          const x = PAD.left + band * i + (band - barW) / 2;
          const y = PAD.top + plotH - h;
          return (
            <g key={i} class="bar" data-slot={i} data-rate={r.rate.toFixed(4)}>
              <rect x={x} y={y} width={barW} height={Math.max(h, 1)} rx={6} fill="url(#bar)" />
              <text x={x + barW / 2} y={y - 8} text-anchor="middle" class="value">{r.sent ? formatPercent(r.rate) : '–'}</text>
              <text x={x + barW / 2} y={H - PAD.bottom + 18} text-anchor="middle" class="label">{slotLabel(r)}</text>
              <text x={x + barW / 2} y={H - PAD.bottom + 34} text-anchor="middle" class="sub">{t('chartCounts', r.answered, r.sent)}</text>
            </g>
          );
        })}
      </svg>
      <figcaption class="muted small">{t('chartCaption')}</figcaption>
    </figure>
  );
}
