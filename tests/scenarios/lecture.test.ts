import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LECTURE } from '../../src/scenarios/lecture';
import { stripPageMarkers } from '../../src/scenarios/lectureText';
import { PROJECT_ROOT, readLecture } from '../../src/scenarios/node';

describe('the lecture is quoted with its page markers removed', () => {
  it('Node (fs) and the browser build (?raw) see the same lecture text', () => {
    expect(readLecture()).toBe(LECTURE);
  });

  it('no page marker 1、…15、 is left, and pages broken mid-sentence are joined', () => {
    const raw = readFileSync(join(PROJECT_ROOT, 'assets', 'lecture.zh.txt'), 'utf8');
    expect(raw).toMatch(/\n15、/);
    expect(LECTURE).not.toMatch(/(^|\n)\d+、/);
    // The coordination principle spans pages 5 and 6 of the source.
    expect(LECTURE).toContain('没有基层党组织对各类组织资源和治理资源的统筹协调,基层治理不可能做好。');
    // Page 2 begins with the enumeration comma itself: the marker goes, the text's own 、 stays.
    expect(LECTURE).toContain('工作原则、主要目标');
  });

  it('only markers counting 1, 2, 3 … are page markers', () => {
    expect(stripPageMarkers('header\n1、first page\n2、second\n7、not a page')).toBe(
      'header\nfirst pagesecond\n7、not a page',
    );
    expect(stripPageMarkers('\uFEFF1、a\r\n2、b')).toBe('ab');
  });
});
