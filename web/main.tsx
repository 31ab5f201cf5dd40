import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { AuthProvider } from './app/AuthProvider.tsx';
import { AppRouter } from './app/router.tsx';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { pickInitialLocale, readStoredLocale } from './i18n/locale.ts';
import { loadDictionary } from './i18n/translate.ts';
import { ToastProvider } from './ui/Toast.tsx';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/forms.css';
import './styles/data.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html is missing #root');

// Only the chosen language's dictionary is downloaded, before the first render so no key ever shows.
const locale = pickInitialLocale(readStoredLocale(), navigator.languages);
await loadDictionary(locale);

createRoot(root).render(
  <StrictMode>
    <I18nProvider initial={locale}>
      <ToastProvider>
        <AuthProvider>
          <AppRouter>
            <App />
          </AppRouter>
        </AuthProvider>
      </ToastProvider>
    </I18nProvider>
  </StrictMode>,
);
