// The facilitator's camera: point it at a team's result-code QR (the debrief draws one) and the code
// goes through the same intake as a pasted one. Only where the browser gives a camera — a secure
// context (https, or localhost); on a LAN's plain http address the panel says so and the paste box
// and file import stay the way in. The camera stops when the panel leaves the page.
import { h } from '../dom/h';
import { format, lang, type Params } from '../i18n';
import { cameraProblem, decodePixels, nativeDetector, SeenCodes } from './scan';

const TEXT = {
  start: { zh: '用摄像头扫码', en: 'Scan with the camera' },
  stop: { zh: '停止扫码', en: 'Stop scanning' },
  help: {
    zh: '把队伍总结页上的二维码对准摄像头，扫到的结果码与粘贴的一样逐个验证。',
    en: "Hold a team's debrief QR code up to the camera; each code read is verified like a pasted one.",
  },
  insecure: {
    zh: '此页面不是安全连接（https 或 localhost），浏览器不给摄像头：请粘贴结果码或导入回放文件。',
    en: 'This page is not a secure context (https or localhost), so the browser gives no camera: paste the codes or import the replay files.',
  },
  noCamera: {
    zh: '这个浏览器不提供摄像头：请粘贴结果码或导入回放文件。',
    en: 'This browser offers no camera: paste the codes or import the replay files.',
  },
  denied: {
    zh: '摄像头未获允许或无法打开（{name}）：请粘贴结果码或导入回放文件。',
    en: 'The camera was refused or could not start ({name}): paste the codes or import the replay files.',
  },
  looking: { zh: '正在寻找二维码…', en: 'Looking for a QR code…' },
  read: { zh: '已扫到 {n} 个，最近一个：{code}', en: '{n} read; the last: {code}' },
  decoder: { zh: '识别：{how}', en: 'Decoder: {how}' },
  native: { zh: '浏览器内置', en: "the browser's own" },
  library: { zh: '本页自带（jsQR）', en: "this page's own (jsQR)" },
} satisfies Record<string, { zh: string; en: string }>;

const st = (key: keyof typeof TEXT, params?: Params) => format(TEXT[key][lang()], params);

/** How often a frame is read: enough for a code held up for a second, light on a 2-core laptop. */
const FRAME_MS = 200;
/** Frames are scaled to at most this width before jsQR reads them. */
const MAX_WIDTH = 800;

/** The scan panel; `onCode` receives each newly read text (once per text while the page lives). */
export function scanPanel(onCode: (text: string) => void, seen = new SeenCodes()): HTMLElement {
  const problem = cameraProblem({
    isSecureContext: window.isSecureContext,
    mediaDevices: navigator.mediaDevices,
  });
  const status = h('p', { class: 'fac-help fac-scan-status', role: 'status', 'data-key': 'scan-status' });
  const decoderLine = h('p', { class: 'fac-help', 'data-key': 'scan-decoder' });
  const panel = h('div', { class: 'fac-scan no-print', 'data-key': 'scan' });
  if (problem) {
    panel.append(h('p', { class: 'fac-help', 'data-key': 'scan-unavailable' }, st(problem)));
    return panel;
  }
  const video = h('video', { class: 'fac-scan-video', muted: true, playsinline: true, hidden: true });
  video.muted = true;
  video.setAttribute('playsinline', '');
  const button = h('button', { type: 'button', class: 'fac-button', 'data-key': 'scan-start' }, st('start'));
  let stream: MediaStream | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const stop = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = null;
    video.srcObject = null;
    video.hidden = true;
    button.textContent = st('start');
  };

  const start = async () => {
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment', width: { ideal: 1280 } },
        audio: false,
      });
    } catch (error) {
      status.textContent = st('denied', { name: (error as Error).name || 'Error' });
      return;
    }
    video.srcObject = stream;
    video.hidden = false;
    await video.play().catch(() => undefined);
    button.textContent = st('stop');
    const detector = await nativeDetector();
    status.textContent = st('looking');
    decoderLine.textContent = st('decoder', { how: st(detector ? 'native' : 'library') });
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    const tick = async () => {
      timer = null;
      // The view re-rendered (a language switch, a new session): the camera goes with the panel.
      if (!panel.isConnected) return stop();
      if (!stream) return;
      let text: string | null = null;
      if (video.readyState >= 2 && video.videoWidth > 0) {
        if (detector) {
          text = (await detector.detect(video).catch(() => []))[0]?.rawValue ?? null;
        } else if (ctx) {
          const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
          canvas.width = Math.round(video.videoWidth * scale);
          canvas.height = Math.round(video.videoHeight * scale);
          ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
          text = await decodePixels(ctx.getImageData(0, 0, canvas.width, canvas.height));
        }
      }
      if (text && seen.fresh(text)) {
        status.textContent = st('read', {
          n: seen.size,
          code: text.length > 24 ? `${text.slice(0, 20)}…` : text,
        });
        onCode(text);
      }
      if (stream) timer = setTimeout(() => void tick(), FRAME_MS);
    };
    void tick();
  };

  button.onclick = () => (stream ? stop() : void start());
  panel.append(
    h('div', { class: 'fac-row' }, button),
    h('p', { class: 'fac-help' }, st('help')),
    video,
    status,
    decoderLine,
  );
  return panel;
}
