// Hover intent of every popover: open after the pointer rests this long on its anchor, close this long after it
// has left both anchor and popover. Apart from Popover.tsx (which re-exports them) so that code loaded at first
// paint can use them without pulling Radix into the page's first chunks.
export const HOVER_OPEN_MS = 450;
export const HOVER_CLOSE_MS = 300;
