import { formatMessage } from '../../../src/core/check/rule';

describe('message templates', () => {
  it('fill each placeholder from the data, however often it is used', () => {
    const template = "Owner '{{owner}}' (of '{{ owner }}') matches {{count}} people.";
    expect(formatMessage(template, { owner: 'JI', count: 0 })).toBe("Owner 'JI' (of 'JI') matches 0 people.");
    // A second use of the same template reads the cut it made the first time.
    expect(formatMessage(template, { owner: 'CP', count: 2 })).toBe("Owner 'CP' (of 'CP') matches 2 people.");
  });

  it('leave a placeholder without data as written, and text without placeholders alone', () => {
    expect(formatMessage('{{a}} and {{b}}', { a: 'x' })).toBe('x and {{b}}');
    expect(formatMessage('No placeholders.', {})).toBe('No placeholders.');
    expect(formatMessage('{{a}}{{a}}', { a: '$&' })).toBe('$&$&');
  });
});
