import { insertActionMarker } from './insert-action';

/** The ribbon's Insert ACTION as one Word.run (the ribbon runs it through src/host's association). */
export async function runInsertActionMarker(): Promise<void> {
  await Word.run((context) => insertActionMarker(context));
}
