// office-addin-* tools carry a usage-data module. The installed one must send nothing: version 3 turned every
// reporting call into a no-op and dropped the Application Insights client. This test fails if an update
// brings reporting back, so npm start / validate would never send data unnoticed.
import { OfficeAddinUsageData } from 'office-addin-usage-data';

describe('usage data of the office-addin tools', () => {
  test('reporting is off even when a tool asks for it', () => {
    const usage = new OfficeAddinUsageData({ projectName: 'minutebook-test', raisePrompt: false } as never);
    usage.setUsageDataOn();
    expect(usage.isUsageDataOn()).toBe(false);
    expect(usage.getUsageDataLevel()).toBe('off');
  });

  test('no Application Insights client is installed to send anything', () => {
    expect(() => require.resolve('applicationinsights')).toThrow();
  });
});
