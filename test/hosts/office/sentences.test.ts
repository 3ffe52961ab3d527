/** What the Office host says, from the catalogue, in both languages: errors, and sentences inside sentences. */
import { ExcelApi } from '../../../src/hosts/office/api';
import { HostError, toHostError } from '../../../src/hosts/office/errors';
import { PROTECTION_NOT_RESTORED, withUnlocked } from '../../../src/hosts/office/protection';
import { recordsOf } from '../../../src/hosts/office/records';
import { sheetList } from '../../../src/hosts/office/sheet-list';
import { say, SaidError } from '../../../src/messages';
import { FakeOfficeError } from './fake-office';

const CHINESE = /[\u3400-\u9fff]/;

describe('the Office host’s sentences', () => {
  it.each([
    ['AccessDenied', /请先撤销工作表保护/, /Unprotect it \(Review › Unprotect Sheet\)/],
    ['InvalidArgument', /参数无效/, /argument invalid/],
    ['InvalidOperationInCellEditMode', /正在编辑单元格/, /editing a cell/],
    ['ItemNotFound', /找不到要操作的工作表或单元格/, /was not found/],
    ['ItemAlreadyExists', /已有同名的工作表或名称/, /already has a sheet or a name/],
    ['ApiNotFound', /不支持所需的功能/, /lacks a feature/],
    ['RequestPayloadSizeLimitExceeded', /一次写入的数据超过/, /One write was larger/],
    ['ResponsePayloadSizeLimitExceeded', /工作表数据太多/, /The sheets hold too much/],
    ['SomethingElse', /操作未完成：Excel says no。/, /did not complete: Excel says no\./],
    ['toString', /操作未完成/, /did not complete/],
  ])('says %s with what to do, in Chinese and in English', (code, zh, en) => {
    const error = toHostError(new FakeOfficeError(code, 'Excel says no', 'Range.values'));
    expect(error).toBeInstanceOf(SaidError);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(zh);
    expect(error.in('zh-CN')).toBe(error.message);
    expect(error.in('en-US')).toMatch(en);
    expect(error.in('en-US')).not.toMatch(CHINESE);
  });

  it('lets a HostError pass through, and gives anything else the code Unknown', () => {
    const error = toHostError('broken');
    expect(error.code).toBe('Unknown');
    expect(toHostError(error)).toBe(error);
    expect(error.in('en-US')).toBe(
      'The operation did not complete: broken. Try again, or save and reopen the workbook.',
    );
  });

  it('names sheets as each language joins them', () => {
    expect(say(sheetList(['附件2']))).toBe('工作表“附件2”');
    expect(say(sheetList(['A', 'B', 'C']))).toBe('工作表“A”、工作表“B”、工作表“C”');
    expect(say(sheetList(['A', 'B', 'C']), 'en-US')).toBe('sheet “A”, sheet “B”, sheet “C”');
  });

  it('says a sheet left unprotected with both failures inside, when protecting it again fails too', async () => {
    let calls = 0;
    const api = new ExcelApi({
      run: () => {
        calls++;
        return Promise.reject(
          calls === 1
            ? new FakeOfficeError('AccessDenied', 'denied', 'Range.values')
            : new FakeOfficeError('ItemNotFound', 'gone', 'Worksheet'),
        );
      },
      runIn: () => Promise.reject(new Error('unused')),
      isSetSupported: () => true,
      onWeb: false,
    });
    const failure = await withUnlocked(api, [{ name: '附件2' }, { name: '附件3' }], () => undefined).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(HostError);
    if (!(failure instanceof HostError)) return;
    expect(failure.code).toBe(PROTECTION_NOT_RESTORED);
    expect(failure.message).toMatch(
      /^工作表或工作簿受保护.*（denied）.* 恢复工作表保护时也出错（找不到要操作的工作表或单元格.*（gone）.*）：请在“审阅 › 保护工作表”中重新保护工作表“附件2”、工作表“附件3”。$/,
    );
    expect(failure.in('en-US')).toMatch(
      /^The sheet or workbook is protected.*\(denied\).* Protecting the sheets again failed too \(The sheet or cell was not found.*\): protect sheet “附件2”, sheet “附件3” again under Review › Protect Sheet\.$/,
    );
  });

  it('says a damaged marks record in both languages', () => {
    const { problem } = recordsOf('{not json');
    expect(problem && say(problem)).toMatch(/标记记录（设置 jixiao\.marks）已损坏/);
    expect(problem && say(problem, 'en-US')).toMatch(
      /record of marks .*\(setting jixiao\.marks\) is damaged/,
    );
  });
});
