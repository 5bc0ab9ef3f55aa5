import { remembered } from '../../../src/core/read/remembered';

describe('remembered: a function of one string whose answers are kept', () => {
  it('gives the answer of the function it keeps, asking it once per string', () => {
    const asked: string[] = [];
    const isHeading = remembered((style) => {
      asked.push(style);
      return /^Heading \d$/.test(style);
    });
    expect([isHeading('Heading 1'), isHeading('Normal'), isHeading('Heading 1')]).toEqual([
      true,
      false,
      true,
    ]);
    expect(asked).toEqual(['Heading 1', 'Normal']);
  });

  it('keeps answers that are undefined or false as answers, not as "not yet asked"', () => {
    let calls = 0;
    const nothing = remembered(() => {
      calls += 1;
      return undefined;
    });
    nothing('a');
    nothing('a');
    expect(calls).toBe(1);
  });

  it('stops keeping new strings at its limit, and still answers them', () => {
    let calls = 0;
    const length = remembered((text) => {
      calls += 1;
      return text.length;
    }, 2);
    for (const text of ['a', 'bb', 'ccc', 'ccc']) length(text);
    expect(calls).toBe(4);
    expect(length('ccc')).toBe(3);
    expect(length('a')).toBe(1);
    expect(calls).toBe(5);
  });
});
