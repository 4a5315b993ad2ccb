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
void ensureTodaysStages(now).then(() => {
  // The first groups are queried before the first render: time to first section is the goal.
  prefetch(DUE_GROUPS.slice(0, 2), FIRST_PAGE, now);
  render(<ActionsProvider><App now={now} /></ActionsProvider>, document.getElementById('app')!);
});
