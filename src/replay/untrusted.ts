// Untrusted text (saves, replay files, scenario files): checked before `JSON.parse` by a small scanner
// that bounds the size, the nesting depth and each string, refuses duplicate field names and reports
// the first syntax error with its line and column. It keeps an explicit stack, so no input can make it
// recurse; `JSON.parse` only ever sees text the scanner accepted.
//
// Why hand-written: the JSON parsers that report positions and duplicate keys (jsonc-parser,
// json-source-map) are recursive-descent, which is exactly what a 5,000-deep `[` must not meet, and
// the whole job is ~120 lines here. Pure: no Node, no DOM.

export interface JsonLimits {
  /** Longest text accepted, in UTF-16 code units (checked before anything else is read). */
  maxLength: number;
  /** Deepest nesting of objects and lists. */
  maxDepth: number;
  /** Longest string (field names included), in code units. */
  maxString: number;
  /** Most entries in one list (absent = no bound): a replay's 12,000 actions are refused mid-scan. */
  maxItems?: number;
}

export type JsonProblemCode = 'tooLarge' | 'tooDeep' | 'tooLong' | 'tooMany' | 'syntax' | 'duplicateKey';

export interface JsonProblem {
  code: JsonProblemCode;
  /** 1-based; 0 when the problem is the text as a whole (too large). */
  line: number;
  column: number;
  /** What is wrong, without the place: `expected "," or "}", got "x"` */
  detail: string;
  /** One bounded line: `line 3, column 7: expected …` */
  message: string;
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++)
    if (text.charCodeAt(i) === 10) {
      line += 1;
      start = i + 1;
    }
  return { line, column: offset - start + 1 };
}

/** A character as a reader would recognise it in an error message. */
function showChar(ch: string): string {
  return /^[\x21-\x7e]$/.test(ch)
    ? `"${ch}"`
    : `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Makes any text one bounded line: control characters become spaces, the rest is cut with "…". */
export function oneLine(text: string, max = 240): string {
  const cut = text.length > max * 2 ? text.slice(0, max * 2) : text;
  let flat = '';
  for (const ch of cut) {
    const c = ch.charCodeAt(0);
    flat += c < 32 || c === 0x7f || c === 0x2028 || c === 0x2029 ? ' ' : ch;
  }
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

type Want = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'done';

/** Checks `text` against the limits and JSON's grammar; null when `JSON.parse` may read it. */
export function scanJson(text: string, limits: JsonLimits): JsonProblem | null {
  if (text.length > limits.maxLength)
    return {
      code: 'tooLarge',
      line: 0,
      column: 0,
      detail: `expected at most ${limits.maxLength.toLocaleString('en')} characters, got ${text.length.toLocaleString('en')}`,
      message: `expected at most ${limits.maxLength.toLocaleString('en')} characters, got ${text.length.toLocaleString('en')}`,
    };
  const at = (code: JsonProblemCode, offset: number, what: string): JsonProblem => {
    const { line, column } = lineColumn(text, offset);
    return { code, line, column, detail: what, message: `line ${line}, column ${column}: ${what}` };
  };
  const stack: number[] = []; // 123 '{' or 91 '['
  const items: number[] = []; // entries so far of each open list (0 for an object)
  const maxItems = limits.maxItems ?? Number.POSITIVE_INFINITY;
  // Field names of each open object: a short list, turned into a Set past 16 names (an object of
  // many fields stays linear; the usual one- to ten-field object costs no Set).
  const keys: (string[] | Set<string>)[] = [];
  let want: Want = 'value';
  let i = 0;
  const n = text.length;

  /** Reads the string starting at `i` (a '"'); returns its end offset or a problem. */
  const readString = (start: number): number | JsonProblem => {
    let j = start + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      // Refuse a long string as soon as it is too long, not after reading all of it.
      if (j - start - 1 > limits.maxString)
        return at(
          'tooLong',
          start,
          `expected a string of at most ${limits.maxString} characters, got a longer one`,
        );
      if (c === 34) return j + 1;
      if (c < 32)
        return at('syntax', j, `expected the string to be closed with " before ${showChar(text[j] ?? '')}`);
      if (c === 92) {
        const e = text[j + 1] ?? '';
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6)))
            return at('syntax', j, 'expected \\u and four hex digits');
          j += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e) || e === '')
          return at('syntax', j, `expected an escape like \\n, got \\${e}`);
        j += 2;
        continue;
      }
      j += 1;
    }
    return at('syntax', start, 'expected the string to be closed with " (the text ends first)');
  };
  const afterValue = (): Want => (stack.length === 0 ? 'done' : 'commaOrEnd');

  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i += 1;
      else break;
    }
    if (i >= n) {
      if (want === 'done') return null;
      return at('syntax', n, 'unexpected end of the text');
    }
    const ch = text[i] as string;
    switch (want) {
      case 'done':
        return at('syntax', i, `unexpected ${showChar(ch)} after the end of the JSON value`);
      case 'colon':
        if (ch !== ':') return at('syntax', i, `expected ":" after the field name, got ${showChar(ch)}`);
        i += 1;
        want = 'value';
        break;
      case 'commaOrEnd': {
        const close = stack[stack.length - 1] === 123 ? '}' : ']';
        if (ch === ',') {
          i += 1;
          want = close === '}' ? 'key' : 'value';
        } else if (ch === close) {
          stack.pop();
          items.pop();
          if (close === '}') keys.pop();
          i += 1;
          want = afterValue();
        } else return at('syntax', i, `expected "," or "${close}", got ${showChar(ch)}`);
        break;
      }
      case 'key':
      case 'keyOrEnd': {
        if (ch === '}' && want === 'keyOrEnd') {
          stack.pop();
          items.pop();
          keys.pop();
          i += 1;
          want = afterValue();
          break;
        }
        if (ch !== '"') return at('syntax', i, `expected a field name in double quotes, got ${showChar(ch)}`);
        const end = readString(i);
        if (typeof end !== 'number') return end;
        const raw = text.slice(i + 1, end - 1);
        // Escapes are rare in field names; only then does the name need decoding.
        const name = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
        let seen = keys[keys.length - 1] as string[] | Set<string>;
        if (Array.isArray(seen) && seen.length >= 16) {
          seen = new Set(seen);
          keys[keys.length - 1] = seen;
        }
        if (Array.isArray(seen) ? seen.includes(name) : seen.has(name))
          return at('duplicateKey', i, `expected each field once, got "${oneLine(name, 40)}" again`);
        if (Array.isArray(seen)) seen.push(name);
        else seen.add(name);
        i = end;
        want = 'colon';
        break;
      }
      case 'value':
      case 'valueOrEnd': {
        if (ch === ']' && want === 'valueOrEnd') {
          stack.pop();
          items.pop();
          i += 1;
          want = afterValue();
          break;
        }
        if (stack[stack.length - 1] === 91) {
          const count = (items[items.length - 1] as number) + 1;
          if (count > maxItems)
            return at(
              'tooMany',
              i,
              `expected a list of at most ${maxItems.toLocaleString('en')} entries, got more`,
            );
          items[items.length - 1] = count;
        }
        if (ch === '{' || ch === '[') {
          if (stack.length >= limits.maxDepth)
            return at(
              'tooDeep',
              i,
              `expected lists and objects nested at most ${limits.maxDepth} deep, got deeper`,
            );
          stack.push(ch === '{' ? 123 : 91);
          items.push(0);
          if (ch === '{') keys.push([]);
          i += 1;
          want = ch === '{' ? 'keyOrEnd' : 'valueOrEnd';
          break;
        }
        if (ch === '"') {
          const end = readString(i);
          if (typeof end !== 'number') return end;
          i = end;
          want = afterValue();
          break;
        }
        NUMBER.lastIndex = i;
        if (NUMBER.test(text)) {
          i = NUMBER.lastIndex;
          want = afterValue();
          break;
        }
        const word = text.startsWith('true', i)
          ? 4
          : text.startsWith('null', i)
            ? 4
            : text.startsWith('false', i)
              ? 5
              : 0;
        if (word === 0) return at('syntax', i, `expected a value, got ${showChar(ch)}`);
        i += word;
        want = afterValue();
        break;
      }
    }
  }
}

/** `scanJson`, then `JSON.parse`: the value, or the first problem. Never throws. */
export function parseJson(
  text: string,
  limits: JsonLimits,
): { ok: true; value: unknown } | { ok: false; problem: JsonProblem } {
  const problem = scanJson(text, limits);
  if (problem) return { ok: false, problem };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    // The scanner accepts only JSON; reaching here is a bug in it, still reported as a value.
    const detail = oneLine(`not JSON: ${String(e)}`);
    return { ok: false, problem: { code: 'syntax', line: 0, column: 0, detail, message: detail } };
  }
}

/** A value as a short phrase for a message: never walks into lists or objects. */
export function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.length === 0 ? 'an empty list []' : `a list of ${v.length}`;
  switch (typeof v) {
    case 'string':
      return v.length > 40
        ? `${JSON.stringify(v.slice(0, 37))}… (${v.length} characters)`
        : JSON.stringify(v);
    case 'number':
    case 'boolean':
      return String(v);
    case 'object':
      return 'an object {…}';
    default:
      return `a ${typeof v}`;
  }
}
