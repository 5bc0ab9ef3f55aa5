import { Button } from '@fluentui/react-components';

/** Up / Down / Remove for one list row, named for what they move so a screen reader says whose row it is. */
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
        aria-label={`Move ${what} up`}
        disabled={index === 0}
        disabledFocusable={index === 0}
        onClick={() => props.onMove(-1)}
      >
        Up
      </Button>
      <Button
        size="small"
        data-field="down"
        aria-label={`Move ${what} down`}
        disabled={index === count - 1}
        disabledFocusable={index === count - 1}
        onClick={() => props.onMove(1)}
      >
        Down
      </Button>
      <Button size="small" aria-label={`Remove ${what}`} onClick={props.onRemove}>
        Remove
      </Button>
    </>
  );
}
