// Injected into the page before its scripts: the fake Office.js of the host tests, as window.Office/Excel.
// A test sets window.__displayLanguage or window.__excelApi first to play another Excel.
import { FakeExcel, PLATFORMS } from '../hosts/office/fake-office';

const settings = window as { __displayLanguage?: string; __excelApi?: number };
const excel = new FakeExcel(settings.__excelApi ?? PLATFORMS.microsoft365, { web: true });
const info = { host: 'Excel', platform: 'OfficeOnline' };

/** Excel.run(batch) and Excel.run(context, batch), as Office.js overloads it. */
function run(...args: unknown[]): Promise<unknown> {
  const [first, second] = args;
  if (typeof first === 'function') return excel.run(first as Parameters<typeof excel.run>[0]);
  return excel.runIn(
    first as OfficeExtension.ClientRequestContext,
    second as Parameters<typeof excel.run>[0],
  );
}

Object.assign(window, {
  __fakeExcel: excel,
  Excel: { run },
  Office: {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
    context: {
      requirements: { isSetSupported: excel.isSetSupported },
      diagnostics: { platform: 'OfficeOnline' },
      displayLanguage: settings.__displayLanguage ?? 'zh-CN',
    },
    onReady: (callback?: (ready: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
  },
});
