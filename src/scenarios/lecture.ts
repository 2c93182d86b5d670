// Browser (Vite) and Vitest entry: the lecture text, bundled with the page, page markers removed.
// Node scripts run by tsx cannot import `?raw`; they use `readLecture()` from ./node.ts instead.
import raw from '../../assets/lecture.zh.txt?raw';
import { stripPageMarkers } from './lectureText';

export const LECTURE: string = stripPageMarkers(raw);
