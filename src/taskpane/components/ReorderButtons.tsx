import { Button } from '@fluentui/react-components';

/**
 * Up / Down / Remove for one list row. Each name starts with the button's visible word and then says whose row
 * it is ("Up: item 5 Budget"), so speech users can say what they see (WCAG 2.5.3, label in name).
 */
export function ReorderButtons(props: {
  what: string;
  index: number;
  count: number;
  onMove(delta: number): void;
  onRemove(): void;
}) {
  const { what, index, count } = props;
  return (
    <>
      <Button
        size="small"
        data-field="up"
        aria-label={`Up: ${what}`}
        disabled={index === 0}
        disabledFocusable={index === 0}
        onClick={() => props.onMove(-1)}
      >
        Up
      </Button>
      <Button
        size="small"
        data-field="down"
        aria-label={`Down: ${what}`}
        disabled={index === count - 1}
        disabledFocusable={index === count - 1}
        onClick={() => props.onMove(1)}
      >
        Down
      </Button>
      <Button size="small" data-field="remove" aria-label={`Remove: ${what}`} onClick={props.onRemove}>
        Remove
      </Button>
    </>
  );
}
