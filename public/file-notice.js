// Opened from disk (file://), the game cannot start: browsers refuse module scripts and fonts from file://
// pages (CORS). This classic script is the one thing that still runs there, and says how to serve the folder.
// Served over http(s) it does nothing.
(() => {
  if (location.protocol !== 'file:') return;
  const show = () => {
    const box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.id = 'file-notice';
    Object.assign(box.style, {
      maxWidth: '44em',
      margin: '4em auto',
      padding: '1.5em 2em',
      font: '18px/1.6 sans-serif',
      color: '#1f2328',
      background: '#fff',
      border: '1px solid #d8cfbf',
      borderRadius: '8px',
    });
    const lines = [
      '社区书记需要通过网页服务器打开，不能直接双击 index.html。',
      '在本文件夹运行 python3 -m http.server 8000，再打开 http://localhost:8000/ ；或在项目文件夹运行 npm run preview。',
      'Community Secretary must be served by a web server: browsers do not run it from a file:// address.',
      'In this folder run python3 -m http.server 8000 and open http://localhost:8000/ — or run npm run preview in the project folder.',
    ];
    for (const text of lines) {
      const p = document.createElement('p');
      p.textContent = text;
      box.append(p);
    }
    document.body.prepend(box);
    document.documentElement.dataset.screen = 'file-notice';
  };
  if (document.body) show();
  else document.addEventListener('DOMContentLoaded', show);
})();
