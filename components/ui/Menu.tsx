'use client';

import { DropdownMenu } from 'radix-ui';
import type { ComponentProps, ReactNode } from 'react';

// The one place Radix's DropdownMenu is configured: a real button opens it (click, tap, Enter, Space, ↓), its items
// are reached by the arrow keys and chosen by Enter or a tap; portalled, kept on screen, and in the page's direction
// (Radix reads `dir` for the arrow keys' sense). Feature code uses these parts only.

type RootProps = ComponentProps<typeof DropdownMenu.Root> & { dir: 'rtl' | 'ltr' };

export const MenuRoot = ({ dir, ...props }: RootProps) => <DropdownMenu.Root modal={false} dir={dir} {...props} />;

export const MenuTrigger = (props: ComponentProps<typeof DropdownMenu.Trigger>) => <DropdownMenu.Trigger {...props} />;

export const MenuItem = ({ className, ...props }: ComponentProps<typeof DropdownMenu.Item>) => (
  <DropdownMenu.Item className={['menu-item', className].filter(Boolean).join(' ')} {...props} />
);

export const MenuLabel = ({ className, ...props }: ComponentProps<typeof DropdownMenu.Label>) => (
  <DropdownMenu.Label className={['menu-label', className].filter(Boolean).join(' ')} {...props} />
);

export const MenuGroup = (props: ComponentProps<typeof DropdownMenu.Group>) => <DropdownMenu.Group {...props} />;

type ContentProps = ComponentProps<typeof DropdownMenu.Content> & { children: ReactNode };

export function MenuContent({ children, className, ...props }: ContentProps) {
  return (
    <DropdownMenu.Portal>
      <DropdownMenu.Content className={['menu', className].filter(Boolean).join(' ')} side="bottom" align="start" sideOffset={4} collisionPadding={8} avoidCollisions {...props}>
        {children}
      </DropdownMenu.Content>
    </DropdownMenu.Portal>
  );
}
