import { render } from 'preact';
import { applyDocumentLanguage } from '../i18n/locale';
import '../ui/theme.css';
import './popup.css';
import { ActionsProvider } from '../ui/actions';
import { App } from './App';
import { prefetch } from './agenda-load';
import { ensureTodaysStages } from './fresh';
import { DUE_GROUPS, FIRST_PAGE } from './groups';

applyDocumentLanguage();
const now = Date.now();
const first = DUE_GROUPS.slice(0, 2);
// The first groups are queried before the first render, beside the check that
// the stages are today's (they nearly always are): time to first section is the goal.
prefetch(first, FIRST_PAGE, now);
void ensureTodaysStages(now).then((caughtUp) => {
  if (caughtUp) prefetch(first, FIRST_PAGE, now);
  render(<ActionsProvider><App now={now} /></ActionsProvider>, document.getElementById('app')!);
});
