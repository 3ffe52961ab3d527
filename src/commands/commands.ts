/**
 * Ribbon commands (FunctionFile). The only button today opens the task pane (ShowTaskpane in the
 * manifest), so no function is registered yet; add `Office.actions.associate('name', handler)` here.
 */

function registerActions(): void {
  // Nothing to associate yet.
}

if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    registerActions();
  });
}
