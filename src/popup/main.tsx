import { render } from 'preact';
import { t } from '../ui/i18n';

function App() {
  return <main><h1>{t('extName')}</h1></main>;
}

render(<App />, document.getElementById('app')!);
