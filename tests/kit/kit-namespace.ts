/**
 * The test kit's own custom XML namespace: scenarios that save a meeting do it here, so a kit run never reads,
 * replaces or leaves behind the real add-in's part (src/word/stored-meeting.ts takes it through
 * setStoredMeetingNamespace).
 */
export const KIT_NAMESPACE = 'urn:minutebook:word-kit:stored-meeting:1';
