import { type KeyboardEvent, type ReactNode, useRef } from 'react';

export const JOURNEY_TABS = ['drawing', 'steps', 'metrics', 'assessment', 'versions'] as const;
export type JourneyTab = (typeof JOURNEY_TABS)[number];

interface Props {
  active: JourneyTab;
  labels: Record<JourneyTab, string>;
  label: string;
  onSelect: (tab: JourneyTab) => void;
  panels: Record<JourneyTab, ReactNode>;
}

/**
 * The journey page's tabs (ARIA tabs pattern: arrow keys, Home and End move between tabs). All panels
 * stay mounted and hidden ones get `hidden`, so a tab switch keeps unsaved form state and the drawing
 * stays available for export from any tab. The tab list sticks below the toolbar while scrolling.
 */
export function JourneyTabs({ active, labels, label, onSelect, panels }: Props) {
  const refs = useRef(new Map<JourneyTab, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const index = JOURNEY_TABS.indexOf(active);
    const next =
      event.key === 'ArrowRight'
        ? JOURNEY_TABS[(index + 1) % JOURNEY_TABS.length]
        : event.key === 'ArrowLeft'
          ? JOURNEY_TABS[(index + JOURNEY_TABS.length - 1) % JOURNEY_TABS.length]
          : event.key === 'Home'
            ? JOURNEY_TABS[0]
            : event.key === 'End'
              ? JOURNEY_TABS[JOURNEY_TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    onSelect(next);
    refs.current.get(next)?.focus();
  };
  return (
    <>
      <div className="journey-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {JOURNEY_TABS.map((tab) => (
          <button
            key={tab}
            ref={(el) => {
              if (el) refs.current.set(tab, el);
            }}
            type="button"
            role="tab"
            id={`journey-tab-${tab}`}
            aria-selected={tab === active}
            aria-controls={`journey-panel-${tab}`}
            tabIndex={tab === active ? 0 : -1}
            className="journey-tab"
            onClick={() => onSelect(tab)}
          >
            {labels[tab]}
          </button>
        ))}
      </div>
      {JOURNEY_TABS.map((tab) => (
        <div
          key={tab}
          role="tabpanel"
          id={`journey-panel-${tab}`}
          aria-labelledby={`journey-tab-${tab}`}
          hidden={tab !== active}
          className="journey-tab-panel"
          data-testid={`journey-panel-${tab}`}
        >
          {panels[tab]}
        </div>
      ))}
    </>
  );
}
