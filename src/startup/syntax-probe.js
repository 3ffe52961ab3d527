// Parsed before the pane's bundles: it holds the newest syntax they use (ES2022 class static blocks and
// private fields, optional chaining, ??=, regular expressions with lookbehind and Unicode properties) and the
// newest built-ins. An older webview (Internet Explorer, Edge Legacy, Safari before 16.4) cannot parse or
// run it, the flag stays unset, and startup-check.js says so instead of leaving the pane blank.
class Probe {
  static ready;
  static {
    Probe.ready = true;
  }
  #value = { nested: 1 };
  value() {
    return this.#value?.nested ?? 0;
  }
}
let level = new Probe().value();
level ??= 0;
window.__jixiaoModern =
  Probe.ready === true &&
  level === 1 &&
  /(?<=年)\p{Script=Han}/u.test('年度') &&
  typeof Object.hasOwn === 'function' &&
  typeof [].at === 'function' &&
  typeof ''.replaceAll === 'function' &&
  typeof structuredClone === 'function';
