'use client';

import { Popover as RadixPopover } from 'radix-ui';
import type { ComponentProps, ReactNode } from 'react';

// The one place Radix's Popover is configured: non-modal, portalled, flipped and shifted to stay on screen,
// with an arrow. Feature code uses these three parts only, and opens on hover intent with these delays: a pointer
// resting HOVER_OPEN_MS on a trigger opens its card, leaving both trigger and card for HOVER_CLOSE_MS closes it.

export const HOVER_OPEN_MS = 450;
export const HOVER_CLOSE_MS = 300;

export const PopoverRoot = (props: ComponentProps<typeof RadixPopover.Root>) => <RadixPopover.Root modal={false} {...props} />;

export const PopoverTrigger = (props: ComponentProps<typeof RadixPopover.Trigger>) => <RadixPopover.Trigger {...props} />;

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
