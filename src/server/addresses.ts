// Where teams reach the room, and the join QR code drawn in the terminal.
import { networkInterfaces } from 'node:os';
import { generate } from 'lean-qr';

/** The machine's IPv4 addresses on its networks (not loopback), private ranges first. */
export function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(a.address);
  const isPrivate = (ip: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(ip);
  return out.sort((a, b) => Number(isPrivate(b)) - Number(isPrivate(a)));
}

/** The host teams type: the first LAN address when bound to all interfaces, else the bound host. */
export function joinHost(boundHost: string): string {
  if (boundHost === '0.0.0.0' || boundHost === '::') return lanAddresses()[0] ?? '127.0.0.1';
  return boundHost.includes(':') ? `[${boundHost}]` : boundHost;
}

/**
 * A QR code as text, two modules a character (▀ ▄ █). With `ansi`, black on white whatever the
 * terminal's colours; without, light modules are drawn as blocks (right for a dark terminal, and
 * phones read the inverted code on a light one too).
 */
export function terminalQr(text: string, ansi: boolean): string {
  const code = generate(text);
  const quiet = 2;
  const n = code.size + 2 * quiet;
  const dark = (x: number, y: number) => {
    const cx = x - quiet;
    const cy = y - quiet;
    return cx >= 0 && cy >= 0 && cx < code.size && cy < code.size && code.get(cx, cy);
  };
  const lines: string[] = [];
  for (let y = 0; y < n; y += 2) {
    let line = '';
    for (let x = 0; x < n; x++) {
      const top = dark(x, y);
      const bottom = y + 1 < n ? dark(x, y + 1) : !ansi;
      if (ansi) line += top ? (bottom ? '█' : '▀') : bottom ? '▄' : ' ';
      else line += !top ? (!bottom ? '█' : '▀') : !bottom ? '▄' : ' ';
    }
    lines.push(ansi ? `\x1b[30;47m${line}\x1b[0m` : line);
  }
  return lines.join('\n');
}
