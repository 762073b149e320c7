import { spriteFiles } from '@/lib/geo/outlines';

// The maps' country outlines (lib/geo/sprite.ts), one SVG sprite per resolution, built at build time from the
// content and served as static files. Their names carry a hash of their bytes: a browser keeps them for good
// (Cache-Control set by lib/http/server-guard.js), and a changed sprite is a new address. Any other name is a
// 404, never rendered on demand (dynamicParams off).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return spriteFiles().map((f) => ({ file: f.name }));
}

type Context = { params: Promise<{ file: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { file } = await params;
  const sprite = spriteFiles().find((f) => f.name === file);
  if (!sprite) return new Response('No such map outline file.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(sprite.svg, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
      ETag: `"${sprite.hash}"`,
    },
  });
}
