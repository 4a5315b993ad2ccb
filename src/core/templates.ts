// Follow-up templates. Placeholders: {name}, {firstName}, {subject}, {referrer}, {me}.
// Never an ultimatum: no "last chance", no "final notice" (tested).
import type { TemplateId } from './types';

export const DEFAULT_TEMPLATES: Record<TemplateId, string> = {
  nudge: 'Hi {firstName}, just floating this back to the top of your inbox in case it slipped by. No rush at all. Best, {me}',
  article: 'Hi {firstName}, I came across this and thought it might interest you: {link}. Hope all is well. My best, {me}',
  final: 'Hi {firstName}, I know how full inboxes get, so I will leave this with you. If the timing is ever better, I would be glad to reconnect. All the best, {me}',
  'referral-ask': 'Thanks for letting me know, {firstName}. Who else would you recommend I talk to? And may I mention that you suggested it?',
  'report-back': 'Hi {firstName}, a quick update: I spoke with {referee}, as you suggested. Thank you again for the introduction. {me}',
  'thank-you': 'Hi {firstName}, thank you so much for your help. It made a real difference. {me}',
  'gift-note': 'Hi {firstName}, your introduction to {referee} turned into something real. A small thank-you is on its way. {me}',
};
