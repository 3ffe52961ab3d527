// Injected into the page before its scripts: the fake Office.js of the host tests, as window.Office/Excel.
import { FakeExcel } from '../hosts/office/fake-office';

const excel = new FakeExcel();
const info = { host: 'Excel', platform: 'OfficeOnline' };
Object.assign(window, {
  __fakeExcel: excel,
  Excel: { run: excel.run },
  Office: {
    HostType: { Excel: 'Excel' },
    context: { requirements: { isSetSupported: excel.isSetSupported } },
    onReady: (callback?: (ready: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
  },
});
