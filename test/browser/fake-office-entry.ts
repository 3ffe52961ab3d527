// Injected into the page before its scripts: the fake Office.js of the host tests, as window.Office/Excel.
import { FakeExcel } from '../hosts/office/fake-office';

const excel = new FakeExcel();
const info = { host: 'Excel', platform: 'OfficeOnline' };
Object.assign(window, {
  __fakeExcel: excel,
  Excel: { run: excel.run },
  Office: {
    HostType: { Excel: 'Excel' },
    context: {
      requirements: { isSetSupported: excel.isSetSupported },
      // What Excel in Chinese reports; a test sets window.__displayLanguage first to play another.
      displayLanguage: (window as { __displayLanguage?: string }).__displayLanguage ?? 'zh-CN',
    },
    onReady: (callback?: (ready: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
  },
});
