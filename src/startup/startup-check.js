// ES5 only: this runs in every webview Office may use, Internet Explorer 11 included. When the syntax probe
// did not run (the webview cannot parse the pane's code), it puts a plain message where the pane would be.
(function () {
  if (window.__jixiaoModern === true) return;
  var address = window.location.href.split('?')[0].split('#')[0];
  var lines = [
    '此 Office 显示加载项所用的网页组件过旧（Internet Explorer、旧版 Edge 或较旧的 Safari），无法运行绩效自评助手。',
    '请升级 Office（Microsoft 365 2108 版或更高，或 Office LTSC 2021 及以上），Windows 上并安装 Microsoft Edge WebView2 运行时，Mac 上请更新 macOS；或用 Chrome、Edge 等新版浏览器打开下面的地址，在“文件模式”中检查自评表文件：',
    address,
    'Office shows this add-in in an outdated web view (Internet Explorer, Edge Legacy or an old Safari) that cannot run it. Update Office (Microsoft 365 Version 2108 or later, or Office LTSC 2021 or later) and, on Windows, install the Microsoft Edge WebView2 Runtime, or update macOS; or open the address above in a current browser and check files in file mode.',
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
