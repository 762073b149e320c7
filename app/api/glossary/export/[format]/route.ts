import { jsonError } from '@/lib/api/json';
import { EXPORT_FORMATS, exportFile, isExportFormat } from '@/lib/content/exports';

// The exports change only with the content: built once, served as static files a CDN may cache. An unknown
// format reaches the handler (dynamicParams stays on) and gets a JSON 404.
export const dynamic = 'force-static';

export function generateStaticParams() {
  return EXPORT_FORMATS.map((format) => ({ format }));
}

type Context = { params: Promise<{ format: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { format } = await params;
  if (!isExportFormat(format)) {
    return jsonError(404, 'unknown_format', `No export called "${format}". Known: ${EXPORT_FORMATS.join(', ')}.`);
  }
  const file = exportFile(format);
  return new Response(file.body, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
    },
  });
}
