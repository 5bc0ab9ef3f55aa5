// Placeholder entry until the ribbon commands land.
export {};
