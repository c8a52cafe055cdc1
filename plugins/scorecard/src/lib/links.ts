/**
 * The desk plugin's ticket screen. A plain path rather than a route ref, so that the scorecard
 * needs nothing from the desk's frontend plugin; the desk is mounted at /service-desk.
 */
export function ticketPath(id: string): string {
  return `/service-desk/tickets/${encodeURIComponent(id)}`;
}

/**
 * An evidence link as recorded, if it is safe to follow. The backend checks only that it is a
 * URL, and `javascript:` is one; only web links are rendered as links.
 */
export function webLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol)
      ? url
      : undefined;
  } catch {
    return undefined;
  }
}
