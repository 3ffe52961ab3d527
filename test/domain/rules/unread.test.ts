import type { Form } from '../../../src/domain/form';
import { unread } from '../../../src/domain/rules/unread';
import { buildForm, cleanForm } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

const withUnread = (parts: Form['unread']): Form => ({ ...buildForm({ name: '示例项目' }), unread: parts });

ruleTester(unread, {
  valid: [
    { name: 'a form read whole', forms: cleanForm() },
    { name: 'nothing listed as unread', forms: withUnread([]) },
  ],
  invalid: [
    {
      name: 'no result column: said once, on the header',
      forms: withUnread([{ part: 'result-column', cell: { row: 11, col: 0 } }]),
      findings: [{ cell: 'A12', messageId: 'unread.result-column', severity: 'info' }],
    },
    {
      name: 'no fund block and no cause column: each said once',
      forms: withUnread([
        { part: 'fund-block', cell: null },
        { part: 'cause-column', cell: { row: 11, col: 0 } },
      ]),
      findings: [
        { cell: null, messageId: 'unread.fund-block', severity: 'info' },
        { cell: 'A12', messageId: 'unread.cause-column', severity: 'info' },
      ],
    },
  ],
});
