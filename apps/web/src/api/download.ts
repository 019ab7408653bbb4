/** Fetches a CSV the API answers for `path` with the user's token and saves it under the name the API gives. */
export async function downloadCsv(path: string, token: string | null): Promise<string> {
  const response = await fetch(path, { headers: { Accept: 'text/csv', ...(token === null ? {} : { Authorization: `Bearer ${token}` }) } });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'download.csv';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
