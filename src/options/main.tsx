import { render } from 'preact';
import '../ui/theme.css';
import './options.css';
import { ActionsProvider } from '../ui/actions';
import { App } from './App';

render(<ActionsProvider><App /></ActionsProvider>, document.getElementById('app')!);
