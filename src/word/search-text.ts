/** Word's search notation lives in the core (the header update plans its searches there); Word code imports it from here. */
export { escapeForWordSearch, WORD_SEARCH_LIMIT } from '../core/write/search-escape';
