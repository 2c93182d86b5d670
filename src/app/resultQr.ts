// The QR drawing for the debrief's result panel, behind the app layer (src/dom reaches the codes
// through src/app) and in a chunk of its own: src/dom/resultPanel.ts imports it only when a debrief shows.
export { type CodeQr, codeQr } from '../codes/qr';
