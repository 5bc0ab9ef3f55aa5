import { z } from 'zod';
import { Location } from './location';

export interface Item {
  /** Literal number as shown: "1", "2.1", "294/19". */
  number: string;
  title: string;
  notes?: string;
  /** Part II (confidential) item. */
  confidential: boolean;
  subItems: Item[];
  location?: Location | null;
}

export const Item: z.ZodType<Item> = z.lazy(() =>
  z.object({
    number: z.string(),
    title: z.string(),
    notes: z.string().optional(),
    confidential: z.boolean().default(false),
    subItems: z.array(Item).default([]),
    location: Location.nullable().optional(),
  }),
) as unknown as z.ZodType<Item>;

/** Every item and sub-item, depth first, in document order. */
export function flattenItems(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  const walk = (list: readonly Item[]) => {
    for (const item of list) {
      out.push(item);
      walk(item.subItems);
    }
  };
  walk(items);
  return out;
}
