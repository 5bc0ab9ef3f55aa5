import { useRef, type KeyboardEvent } from 'react';
import { Button } from '@fluentui/react-components';
import { useCheckViewStyles } from '../review/styles';

/**
 * The WAI-ARIA tabs pattern with plain buttons (roving tabindex, arrows/Home/End): Fluent's TabList adds
 * tabster's hidden focusable guards, which axe reports as aria-hidden-focus.
 */
export function PanelTabs<T extends string>(props: {
  label: string;
  tabs: readonly { value: T; label: string }[];
  selected: T;
  idOf(value: T): string;
  panelId: string;
  onSelect(value: T): void;
}) {
  const layout = useCheckViewStyles();
  const refs = useRef(new Map<T, HTMLElement | null>());
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const values = props.tabs.map((t) => t.value);
    const at = values.indexOf(props.selected);
    const next =
      event.key === 'ArrowRight'
        ? (at + 1) % values.length
        : event.key === 'ArrowLeft'
          ? (at - 1 + values.length) % values.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? values.length - 1
              : null;
    const value = next === null ? undefined : values[next];
    if (value === undefined) return;
    event.preventDefault();
    props.onSelect(value);
    refs.current.get(value)?.focus();
  };
  return (
    <div role="tablist" aria-label={props.label} className={layout.row} onKeyDown={onKeyDown}>
      {props.tabs.map(({ value, label }) => (
        <Button
          key={value}
          ref={(element) => {
            refs.current.set(value, element);
          }}
          role="tab"
          id={props.idOf(value)}
          aria-selected={value === props.selected}
          aria-controls={props.panelId}
          tabIndex={value === props.selected ? 0 : -1}
          appearance={value === props.selected ? 'primary' : 'subtle'}
          onClick={() => props.onSelect(value)}
        >
          {label}
        </Button>
      ))}
    </div>
  );
}
