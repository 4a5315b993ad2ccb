import { render } from 'preact';
import { applyDocumentLanguage } from '../i18n/locale';
import '../ui/theme.css';
import './options.css';
import { ActionsProvider } from '../ui/actions';
import { App } from './App';

applyDocumentLanguage();
render(<ActionsProvider><App /></ActionsProvider>, document.getElementById('app')!);
