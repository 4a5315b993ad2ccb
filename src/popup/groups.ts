// The agenda's groups, in the order the user reads them (docs/rules.md, The agenda):
// what needs doing first, then what is merely waiting, collapsed.
import type { Section } from '../core/types';

export interface Group {
  id: string;
  /** i18n key of the heading */
  title: string;
  sections: Section[];
  /** Referral duties also list open duties toward referrers */
  duties?: boolean;
  /** shown inside a closed <details> */
  collapsed?: boolean;
}

export const DUE_GROUPS: Group[] = [
  { id: 'final-due', title: 'groupFinalDue', sections: ['final-due'] },
  { id: 'nudge-due', title: 'groupNudgeDue', sections: ['nudge-due'] },
  { id: 'reply-owed', title: 'groupReplyOwed', sections: ['reply-owed'] },
  { id: 'came-back', title: 'groupCameBack', sections: ['came-back'] },
  { id: 'referrals', title: 'groupReferrals', sections: ['referral-ask-due'], duties: true },
  { id: 'check-in', title: 'groupCheckIn', sections: ['check-in-due', 'article-due'] },
];

export const LATER_GROUPS: Group[] = [
  { id: 'waiting', title: 'groupWaiting', sections: ['waiting'], collapsed: true },
  { id: 'final-sent', title: 'groupFinalSent', sections: ['final-sent'], collapsed: true },
  { id: 'snoozed', title: 'groupSnoozed', sections: ['snoozed'], collapsed: true },
  { id: 'let-go', title: 'groupLetGo', sections: ['let-go'], collapsed: true },
];

export const PAGE_SIZE = 20;
/** the first groups are queried with a smaller limit so the first paint is quick */
export const FIRST_PAGE = 10;
