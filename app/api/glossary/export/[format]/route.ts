import { createHash } from 'node:crypto';
import { jsonError } from '@/lib/api/json';
import { EXPORT_FORMATS, exportFile, isExportFormat } from '@/lib/content/exports';

// The exports change only with the content: built once, served as static files. Only the known formats exist:
// an unknown name is not rendered or stored (dynamicParams off); the standalone server answers it with a JSON 404
// (scripts/server.cjs), and so does the handler below if it is ever reached. The ETag lets a cache revalidate
// after a deploy; the lifetime is set by status in lib/http/server-guard.js.
export const dynamic = 'force-static';
export const dynamicParams = false;

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
      ETag: `"${createHash('sha256').update(file.body).digest('base64url').slice(0, 27)}"`,
    },
  });
}
