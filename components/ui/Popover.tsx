'use client';

import { Popover as RadixPopover } from 'radix-ui';
import type { ComponentProps, ReactNode } from 'react';

// The one place Radix's Popover is configured: non-modal, portalled, flipped and shifted to stay on screen,
// with an arrow, and the hover-intent delays. Feature code uses these parts only.

export { HOVER_CLOSE_MS, HOVER_OPEN_MS } from './hoverIntent';

export const PopoverRoot = (props: ComponentProps<typeof RadixPopover.Root>) => <RadixPopover.Root modal={false} {...props} />;

export const PopoverTrigger = (props: ComponentProps<typeof RadixPopover.Trigger>) => <RadixPopover.Trigger {...props} />;

/** Anchors the popover to an element outside React's tree (a server-rendered term, an SVG marker). */
export const PopoverElementAnchor = ({ element }: { element: Element }) => <RadixPopover.Anchor virtualRef={{ current: element }} />;

type ContentProps = ComponentProps<typeof RadixPopover.Content> & { children: ReactNode };

export function PopoverContent({ children, className, ...props }: ContentProps) {
  return (
    <RadixPopover.Portal>
      <RadixPopover.Content
        className={['popover', className].filter(Boolean).join(' ')}
        side="bottom"
        align="center"
        sideOffset={6}
        collisionPadding={8}
        avoidCollisions
        {...props}
      >
        {children}
        <RadixPopover.Arrow className="popover-arrow" width={14} height={7} />
      </RadixPopover.Content>
    </RadixPopover.Portal>
  );
}
