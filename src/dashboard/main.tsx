import { render } from 'preact';
import { applyDocumentLanguage } from '../i18n/locale';
import '../ui/theme.css';
import './dashboard.css';
import { App } from './App';

applyDocumentLanguage();
render(<App />, document.getElementById('app')!);
