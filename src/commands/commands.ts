// The ribbon's functions (ExecuteFunction). Office calls them by the id the manifest gives.
import { registerRibbonCommands } from '../host/ribbon';
import { runInsertActionMarker } from '../word/ribbon-actions';

void registerRibbonCommands({ insertActionMarker: runInsertActionMarker });
