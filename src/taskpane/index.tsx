import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type HostMode } from './App';

/** If Office.js is on the page but never reports ready, show file mode after this long. */
const OFFICE_READY_TIMEOUT_MS = 8000;

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
const root = createRoot(container);

function render(mode: HostMode): void {
  root.render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <App mode={mode} />
      </FluentProvider>
    </StrictMode>,
  );
}

// Office.js comes from a <script> tag in the page head. It is absent when the page is opened outside
// Office without network access to the CDN, and reports `host: null` in a plain browser: both are file mode.
if (typeof Office === 'undefined') {
  render('file');
} else {
  const fallback = setTimeout(() => render('file'), OFFICE_READY_TIMEOUT_MS);
  void Office.onReady((info) => {
    clearTimeout(fallback);
    render(info.host === Office.HostType.Excel ? 'excel' : 'file');
  });
}
