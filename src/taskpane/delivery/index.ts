export { downloadBytes, MIME } from './downloadBytes';
export {
  copyForExcel,
  copyOutcomeMessage,
  type ClipboardPayload,
  type CopyPath,
  type CopyEnvironment,
} from './copyForExcel';
export { canDownload } from './platform';
