// ES5 only: this runs in every webview Office may use, Internet Explorer 11 included. When the syntax probe
// did not run (the webview cannot parse the pane's code), it puts a plain message where the pane would be.
(function () {
  if (window.__jixiaoModern === true) return;
  var address = window.location.href.split('?')[0].split('#')[0];
  var lines = [
    '此版本 Office 使用的网页组件过旧（Internet Explorer 或旧版 Edge），无法运行绩效自评助手。',
    '请升级到 Microsoft 365 或 Office LTSC 2021 及以上版本；或用 Chrome、Edge 等新版浏览器打开下面的地址，在“文件模式”中检查自评表文件：',
    address,
    'This version of Office shows add-ins with an outdated web view (Internet Explorer or Edge Legacy) that cannot run this add-in. Update to Microsoft 365 or Office LTSC 2021 or later, or open the address above in a current browser and check files in file mode.',
  ];
  function show() {
    var root = document.getElementById('root') || document.body;
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'webview-too-old');
    box.style.padding = '12px';
    box.style.fontFamily = "'Microsoft YaHei', 'SimSun', sans-serif";
    box.style.lineHeight = '1.6';
    for (var i = 0; i < lines.length; i++) {
      var line = document.createElement('p');
      line.appendChild(document.createTextNode(lines[i]));
      box.appendChild(line);
    }
    root.appendChild(box);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();
