import { canDownload } from '../../../src/taskpane/delivery/platform';

describe('canDownload', () => {
  it('is false in Word for Mac, where a task-pane download does nothing', () => {
    expect(canDownload({ platform: 'Mac' })).toBe(false);
  });
  it.each(['OfficeOnline', 'PC', null])('is true on %s', (platform) => {
    expect(canDownload({ platform })).toBe(true);
  });
});
